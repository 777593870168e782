package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.ReadOnlyFiles;
import org.nianbao.testing.SampleReports;
import org.nianbao.testing.SmallDisk;

/** The store's error paths: a full disk, two first openers at once, a read-only folder. */
class StoreErrorPathsTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskRefusesTheInsertSaysSoAndLeavesTheDatabaseAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 400)) {
            Path file = disk.root().resolve("nianbao.db");
            try (ReportStore store = ReportStore.open(file)) {
                store.insert(Fixtures.smallReport());
                disk.fill();
                assertThatThrownBy(() -> store.insert(SampleReports.largeReport()))
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining("磁盘空间已满")
                        .hasMessageContaining("nianbao.db")
                        .hasMessageNotContaining("transaction");
                assertThat(store.list()).hasSize(1);
            }
            try (ReportStore again = ReportStore.open(file)) {
                assertThat(again.list()).extracting(ReportSummary::title)
                        .containsExactly(Fixtures.smallReport().title());
            }
            assertThat(CrashSafetyTest.integrityCheck(file)).isEqualTo("ok");
        }
    }

    @Test
    void aNewDatabaseOnAFullDiskIsRefusedAndLeavesNoEmptyFileBehind() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 100)) {
            disk.fill();
            Path file = disk.root().resolve("nianbao.db");
            assertThatThrownBy(() -> ReportStore.open(file)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("磁盘空间已满");
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void twoOpenersOfANewDatabaseBothSucceedRoundAfterRound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                Path file = dir.resolve("round" + round + "/nianbao.db");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Long>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        try (ReportStore store = ReportStore.open(file)) {
                            return store.insert(Fixtures.smallReport()).id();
                        }
                    }));
                }
                for (Future<Long> f : both) {
                    assertThat(f.get()).as("round " + round).isNotNull();
                }
                try (ReportStore store = ReportStore.open(file)) {
                    assertThat(store.list()).as("round " + round).hasSize(2);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGoodDatabaseInAReadOnlyFolderOpensReadOnly() {
        Path folder = dir.resolve("backup");
        Path file = folder.resolve("nianbao.db");
        try (ReportStore store = ReportStore.open(file)) {
            store.insert(Fixtures.smallReport());
        }
        Assumptions.assumeTrue(ReadOnlyFiles.makeImmutable(folder),
                "skipped: chattr +i is not available here to make a folder read-only for root");
        try (ReportStore store = ReportStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.list()).extracting(ReportSummary::title).containsExactly(Fixtures.smallReport().title());
            assertThatThrownBy(() -> store.insert(Fixtures.smallReport()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("只读");
        } finally {
            ReadOnlyFiles.undoImmutable(folder);
        }
    }
}
