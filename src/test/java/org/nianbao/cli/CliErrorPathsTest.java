package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.testing.ReadOnlyFiles;
import org.nianbao.testing.SampleReports;
import org.nianbao.testing.SmallDisk;

/** Error paths of the command line: one clear line on stderr, exit code 2, nothing lost. */
class CliErrorPathsTest {

    @TempDir
    Path dir;
    Path reportFile;

    @BeforeEach
    void writeReport() throws Exception {
        reportFile = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
    }

    private static Path storedDatabase(Path db) {
        try (ReportStore store = ReportStore.open(db)) {
            store.insert(Fixtures.smallReport());
        }
        return db;
    }

    @Test
    void importOnAFullDiskSaysSoExitsTwoAndKeepsTheDatabase() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), SampleReports.largeReportText());
        try (SmallDisk disk = SmallDisk.mount(dir, 400)) {
            Path db = disk.root().resolve("nianbao.db");
            assertThat(CliRun.of("--db", db.toString(), "import", reportFile.toString()).exitCode()).isZero();
            disk.fill();
            CliRun run = CliRun.of("--db", db.toString(), "import", big.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("错误：磁盘空间已满").contains("nianbao.db").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
            Files.delete(disk.root().resolve("filler.bin"));
            assertThat(CliRun.of("--db", db.toString(), "list").out().lines()).hasSize(1);
        }
    }

    @Test
    void exportOnAFullDiskKeepsTheTargetWholeAndRemovesTheTemporaryFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, 400)) {
            Path target = Files.writeString(disk.root().resolve("年度报告.docx"), "the earlier export");
            disk.fill();
            CliRun run = CliRun.of("export", reportFile.toString(), "--out", target.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).singleElement().asString().startsWith("错误：").contains("磁盘空间已满")
                    .doesNotContain("No space left");
            assertThat(Files.readString(target)).isEqualTo("the earlier export");
            try (Stream<Path> files = Files.list(disk.root())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("年度报告.docx", "filler.bin");
            }
        }
    }

    @Test
    void importingIntoAReadOnlyDatabasePrintsOneLine() throws Exception {
        Path db = storedDatabase(dir.resolve("ro/nianbao.db"));
        org.junit.jupiter.api.Assumptions.assumeTrue(ReadOnlyFiles.makeImmutable(db),
                "skipped: chattr +i is not available to make a file read-only for root");
        try {
            CliRun run = CliRun.of("--db", db.toString(), "import", reportFile.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).singleElement().asString().contains("只读").contains("未导入");
        } finally {
            ReadOnlyFiles.undoImmutable(db);
        }
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsListedWithTheNote() throws Exception {
        Path folder = dir.resolve("backup");
        Path db = storedDatabase(folder.resolve("nianbao.db"));
        org.junit.jupiter.api.Assumptions.assumeTrue(ReadOnlyFiles.makeImmutable(folder),
                "skipped: chattr +i is not available to make a folder read-only for root");
        try {
            CliRun run = CliRun.of("--db", db.toString(), "list");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("示例区2023年法治政府建设年度报告");
            assertThat(run.err()).contains("只读").doesNotContain("不是年报数据库");
        } finally {
            ReadOnlyFiles.undoImmutable(folder);
        }
    }

    @Test
    void exportOverAProtectedFileIsRefusedUnlessForced() throws Exception {
        Path target = Files.writeString(dir.resolve("定稿.docx"), "protected");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        CliRun refused = CliRun.of("export", reportFile.toString(), "--out", target.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err().lines()).singleElement().asString().contains("只读").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("protected");

        CliRun forced = CliRun.of("export", reportFile.toString(), "--out", target.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.size(target)).isGreaterThan(1000);
    }

    @Test
    void exportNeverReplacesADevice() {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device), "no /dev/null here");
        CliRun run = CliRun.of("export", reportFile.toString(), "--out", device.toString(), "--force");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("不是普通文件");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void exportNeverReplacesALinkToAFileOutsideTheFolder() throws Exception {
        Path elsewhere = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("keep.docx"), "keep");
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(folder.resolve("报告.docx"), elsewhere);
        CliRun run = CliRun.of("export", reportFile.toString(), "--out", link.toString(), "--force");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("链接");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("keep");
    }

    @Test
    void aLinkToAFileInTheSameFolderIsExportedThroughTheLink() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path real = Files.writeString(folder.resolve("v1.docx"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("latest.docx"), real.getFileName());
        CliRun run = CliRun.of("export", reportFile.toString(), "--out", link.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.size(real)).isGreaterThan(1000);
    }

    @Test
    void importYearMustBePlausible() {
        for (String year : new String[] {"1948", "2101", "0", "-5", "20233"}) {
            CliRun run = CliRun.of("--db", dir.resolve("n.db").toString(), "import", reportFile.toString(), "--year", year);
            assertThat(run.exitCode()).as(year).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).as(year).singleElement().asString().contains("1949").contains("2100");
        }
        assertThat(dir.resolve("n.db")).doesNotExist();
        CliRun ok = CliRun.of("--db", dir.resolve("n.db").toString(), "import", reportFile.toString(), "--year", "1949");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a defect");
        }
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitThreeNotTheChecksOne() {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = NianbaoCli.commandLine(new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(err, true));
        cl.addSubcommand("boom", new Boom());
        cl.setErr(new java.io.PrintWriter(err, true)); // reaches the added command too
        assertThat(cl.execute("boom")).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("内部错误").contains("日志")
                .doesNotContain("IllegalStateException");
    }
}
