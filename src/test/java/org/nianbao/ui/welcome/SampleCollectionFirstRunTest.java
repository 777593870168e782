package org.nianbao.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.CollectionState;
import org.nianbao.model.Department;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.app.UserSettings;
import org.nianbao.ui.common.Messages;

/** A first run stores the sample with its departments and its figures assigned to them (issue 13). */
class SampleCollectionFirstRunTest {

    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot().node("org/nianbao/test/collectfirst" + System.nanoTime());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theSampleComesWithItsDepartmentsAndEveryFigureNamesOne() {
        try (ReportStore store = ReportStore.open(folder.resolve("first.db"))) {
            Report first = StartupChoice.open(store, new UserSettings(prefs), Messages.of(Locale.SIMPLIFIED_CHINESE));
            var departments = store.collection().departments(first.id());
            assertThat(departments).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(CollectionState.NOT_SENT));
            var names = departments.stream().map(Department::name).toList();
            assertThat(first.metrics()).isNotEmpty().allSatisfy(m -> assertThat(names).contains(m.department()));
        }
    }
}
