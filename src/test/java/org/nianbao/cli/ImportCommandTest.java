package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.BadFiles;
import org.nianbao.testing.Corpus;
import org.nianbao.testing.Fixtures;

class ImportCommandTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seedDatabase() {
        db = dir.resolve("db/nianbao.db");
        try (ReportStore store = ReportStore.open(db)) {
            store.insert(Fixtures.smallReport());
        }
    }

    private static final String REPORT = Fixtures.SMALL_REPORT_TEXT;

    @Test
    void importStoresTheReportAndPrintsItsIdAloneOnTheLastLine() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), REPORT, Charset.forName("GBK"));
        CliRun run = CliRun.of("--db", db.toString(), "import", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        long id = Long.parseLong(run.lastLine());
        try (ReportStore store = ReportStore.open(db)) {
            assertThat(store.load(id).title()).isEqualTo("示例区2023年法治政府建设年度报告");
            assertThat(store.load(id).problems()).hasSize(2);
        }
        CliRun show = CliRun.of("--db", db.toString(), "show", String.valueOf(id));
        assertThat(show.out().lines()).containsExactly(
                "一、主要成效", "  （一）加强组织领导", "  （二）规范行政执法", "二、存在的不足", "三、下一步工作安排",
                "  （一）深化依法行政");
    }

    @Test
    void yearOptionOverridesTheDetectedYear() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), REPORT);
        CliRun run = CliRun.of("--db", db.toString(), "import", file.toString(), "--year", "2022");
        assertThat(CliRun.of("--db", db.toString(), "list").out()).contains(run.lastLine() + "\t2022\t");
    }

    @Test
    void showAcceptsAFileAndLeavesTheDatabaseUntouched() throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), REPORT);
        Map<String, byte[]> before = snapshot(db.getParent());
        CliRun show = CliRun.of("--db", db.toString(), "show", file.toString());
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).contains("二、存在的不足");
        Map<String, byte[]> after = snapshot(db.getParent());
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theCorpusReportImportsWithItsOutline() {
        Path corpus = Corpus.report().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "corpus report absent: skipped");
        CliRun run = CliRun.of("--db", db.toString(), "import", corpus.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun show = CliRun.of("--db", db.toString(), "show", run.lastLine());
        assertThat(show.out().lines().filter(l -> !l.startsWith(" "))).hasSize(3);
        assertThat(show.out().lines().filter(l -> l.startsWith("  "))).hasSize(13);
    }

    interface BadFile {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("missing file", (BadFile) d -> d.resolve("不存在.txt"), "不存在"),
                Arguments.of("empty file", (BadFile) d -> BadFiles.write(d, "空文件.txt", new byte[0]), "空文件.txt"),
                Arguments.of("binary file", (BadFile) d -> BadFiles.write(d, "binary.txt", BadFiles.randomBytes(4096)),
                        "binary.txt"),
                Arguments.of("docx that is not a zip",
                        (BadFile) d -> BadFiles.write(d, "broken.docx", BadFiles.randomBytes(2048)), "broken.docx"),
                Arguments.of("text file named .docx", (BadFile) d -> BadFiles.write(d, "renamed.docx",
                        "一、主要成效\n（一）示例。正文。\n".getBytes(StandardCharsets.UTF_8)), "renamed.docx"),
                Arguments.of("encrypted docx",
                        (BadFile) d -> BadFiles.write(d, "encrypted.docx", BadFiles.encryptedDocx()), "密码"),
                Arguments.of("zip bomb", (BadFile) d -> BadFiles.write(d, "bomb.docx", BadFiles.zipBomb(40)), "bomb.docx"),
                Arguments.of("no recognizable structure", (BadFile) d -> BadFiles.write(d, "便条.txt",
                        "请于周五前报送本单位全年工作数据。\n联系人：张三。\n".getBytes(StandardCharsets.UTF_8)), "便条.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsExitTwoOneClearLineAndLeavesTheDatabaseExactlyAsItWas(String name, BadFile bad, String mentioned)
            throws Exception {
        Path file = bad.make(dir);
        Map<String, byte[]> before = snapshot(db.getParent());
        CliRun run = CliRun.of("--db", db.toString(), "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(mentioned).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        Map<String, byte[]> after = snapshot(db.getParent());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
    }

    private static Map<String, byte[]> snapshot(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
