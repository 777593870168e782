package org.nianbao.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.app.UserSettings;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineTemplate;

class StartupChoiceTest {

    @TempDir
    Path folder;

    private final Preferences prefs = Preferences.userRoot().node("org/nianbao/test/startup" + System.nanoTime());
    private final UserSettings settings = new UserSettings(prefs);
    private final Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void aFirstRunStoresAndShowsTheShippedSampleReport() {
        try (ReportStore store = ReportStore.open(folder.resolve("first.db"))) {
            Report first = StartupChoice.open(store, settings, messages);

            assertThat(first.id()).isNotNull();
            assertThat(store.list()).hasSize(1);
            assertThat(first.title()).isEqualTo("示例区2023年法治政府建设年度报告");
            assertThat(first.sections()).hasSize(5);
            assertThat(first.problemPart()).isPresent();
        }
    }

    @Test
    void theOutlineTemplateHasTheRegulationsFiveParts() {
        Report fresh = OutlineTemplate.newReport(2024, "示例区2024年法治政府建设年度报告");
        assertThat(fresh.sections()).extracting(Section::heading).hasSize(5).allMatch(h -> !h.contains("{"))
                .first().isEqualTo("2024年推进法治政府建设的主要举措和成效");
        assertThat(fresh.sections().get(1).role()).isEqualTo(SectionRole.PROBLEMS);
    }

    @Test
    void theLastReportOpenedInThisDatabaseOpensAgain() {
        try (ReportStore store = ReportStore.open(folder.resolve("two.db"))) {
            Report older = store.insert(Fixtures.smallReport());
            store.insert(Fixtures.smallReport().withYear(2024).withTitle("示例区2024年法治政府建设年度报告"));
            assertThat(StartupChoice.open(store, settings, messages).year()).isEqualTo(2024);

            settings.rememberReport(store.file(), older.id());
            assertThat(StartupChoice.open(store, settings, messages).id()).isEqualTo(older.id());
            assertThat(settings.recentDatabases()).containsExactly(store.file().toAbsolutePath());
        }
    }
}
