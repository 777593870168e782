package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
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

    private static final String REPORT = """
            示例区2023年法治政府建设年度报告
            2023年，示例区坚持依法行政。现将有关情况报告如下：
            一、主要成效
            （一）加强组织领导。区政府常务会议研究法治工作4次。
            (二)规范行政执法。全年组织120人参加考试，合格96人，通过率80%。
            二、存在的不足
            主要表现在：一是培训覆盖面不够广；二是备案不够及时。
            三、下一步工作安排
            （一）深化依法行政。继续推进三项制度。
            示例区人民政府
            2024年2月6日
            """;

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
                Arguments.of("empty file", (BadFile) BadFiles::empty, "空"),
                Arguments.of("binary file", (BadFile) BadFiles::binary, "binary.txt"),
                Arguments.of("docx that is not a zip", (BadFile) BadFiles::docxNotZip, "broken.docx"),
                Arguments.of("text file named .docx", (BadFile) BadFiles::textNamedDocx, "renamed.docx"),
                Arguments.of("encrypted docx", (BadFile) BadFiles::encryptedDocx, "密码"),
                Arguments.of("zip bomb", (BadFile) BadFiles::zipBomb, "bomb.docx"),
                Arguments.of("no recognizable structure", (BadFile) BadFiles::noStructure, "便条.txt"));
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
