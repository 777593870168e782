package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void anAbsentDatabaseMeansFirstRun() {
        assertThat(FirstRun.isFirstRun(dir.resolve("nianbao.db"))).isTrue();
        assertThat(FirstRun.isFirstRun(dir.resolve("missing/folder/nianbao.db"))).isTrue();
    }

    @Test
    void aDatabaseOnceOpenedIsNoLongerFirstRun() {
        Path db = dir.resolve("nianbao.db");
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.list()).isEmpty();
        }
        assertThat(FirstRun.isFirstRun(db)).isFalse();
    }

    @Test
    void anyFileThereIsNotFirstRunSoABrokenDatabaseIsNeverOverwrittenWithTheSample() throws IOException {
        Path db = Files.writeString(dir.resolve("nianbao.db"), "not a database");
        assertThat(FirstRun.isFirstRun(db)).isFalse();
        Path dangling = Files.createSymbolicLink(dir.resolve("link.db"), dir.resolve("gone.db"));
        assertThat(FirstRun.isFirstRun(dangling)).isFalse();
    }
}
