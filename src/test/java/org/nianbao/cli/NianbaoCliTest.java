package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;

class NianbaoCliTest {

    @TempDir
    Path dir;

    @Test
    void listPrintsIdYearAndTitleOfEveryReport() {
        Path db = dir.resolve("n.db");
        long id;
        try (ReportStore store = ReportStore.open(db)) {
            id = store.insert(Fixtures.smallReport()).id();
            store.copyToYear(id, 2024);
        }
        CliRun run = CliRun.of("--db", db.toString(), "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                id + "\t2023\t示例区2023年法治政府建设年度报告",
                (id + 1) + "\t2024\t示例区2024年法治政府建设年度报告");
    }

    @Test
    void dbMayAlsoFollowTheCommand() {
        Path db = dir.resolve("after.db");
        try (ReportStore store = ReportStore.open(db)) {
            store.insert(Fixtures.smallReport());
        }
        CliRun run = CliRun.of("list", "--db", db.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("示例区2023年法治政府建设年度报告");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("用法错误").doesNotContain("Exception");
    }

    @Test
    void aDatabaseThatIsNotOursGivesOneLineAndExitTwo() throws Exception {
        Path notDb = java.nio.file.Files.writeString(dir.resolve("x.db"), "hello");
        CliRun run = CliRun.of("--db", notDb.toString(), "list");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("不是年报数据库").contains("x.db").contains("not a Nianbao database");
    }

    @Test
    void versionPrintsTheAppNameAndVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("年报 Nianbao");
    }

    @Test
    void noCommandMeansTheWindowWithTheChosenDatabase() {
        assertThat(NianbaoCli.windowDatabase()).contains(Optional.empty());
        assertThat(NianbaoCli.windowDatabase("--db", "a.db")).contains(Optional.of(Path.of("a.db")));
        assertThat(NianbaoCli.windowDatabase("list")).isEmpty();
        assertThat(NianbaoCli.windowDatabase("--version")).isEmpty();
        assertThat(NianbaoCli.windowDatabase("--help")).isEmpty();
    }

    /** The window's start skips picocli (issue 10, start-up) only where picocli would decide the same. */
    @Test
    void theWindowsPlainStartsAreReadAsPicocliReadsThem() {
        String[][] starts = {{}, {"--db", "a.db"}, {"--db", "/tmp/年报 数据/b.db"}, {"--db", "x"}};
        for (String[] args : starts) {
            assertThat(NianbaoCli.isPlainWindowStart(args)).as(String.join(" ", args)).isTrue();
            assertThat(NianbaoCli.windowDatabase(args)).as(String.join(" ", args))
                    .isEqualTo(NianbaoCli.parsedWindowDatabase(args));
        }
        String[][] others = {{"list"}, {"--db"}, {"--db", ""}, {"--db", "--help"}, {"--db", "-v"}, {"--db", "@args"},
                {"--db=a.db"}, {"--db", "a.db", "list"}, {"--DB", "a.db"}, {"--db", "a\u0000b"}, {"--version"}};
        for (String[] args : others) {
            assertThat(NianbaoCli.isPlainWindowStart(args)).as(String.join(" ", args)).isFalse();
            assertThat(NianbaoCli.windowDatabase(args)).as(String.join(" ", args))
                    .isEqualTo(NianbaoCli.parsedWindowDatabase(args));
        }
    }

    @Test
    void aReadOnlyDatabaseIsListedWithANoteAndRefusesAnImport() throws Exception {
        Path db = dir.resolve("ro.db");
        try (ReportStore store = ReportStore.open(db)) {
            store.insert(Fixtures.smallReport());
        }
        java.nio.file.Files.setPosixFilePermissions(db, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = java.nio.file.Files.isWritable(db) && org.nianbao.testing.ReadOnlyFiles.makeImmutable(db);
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isWritable(db), "cannot make a read-only file here");
        try {
            CliRun list = CliRun.of("--db", db.toString(), "list");
            assertThat(list.exitCode()).isZero();
            assertThat(list.out()).contains("示例区2023年法治政府建设年度报告");
            assertThat(list.err()).contains("只读").contains("修改无法保存");
            Path file = java.nio.file.Files.writeString(dir.resolve("r.txt"), Fixtures.SMALL_REPORT_TEXT);
            CliRun imp = CliRun.of("--db", db.toString(), "import", file.toString());
            assertThat(imp.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(imp.err()).contains("只读");
        } finally {
            if (immutable) {
                org.nianbao.testing.ReadOnlyFiles.undoImmutable(db);
            }
        }
    }
}
