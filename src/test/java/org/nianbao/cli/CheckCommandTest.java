package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Corpus;
import org.nianbao.testing.Fixtures;

class CheckCommandTest {

    @TempDir
    Path dir;

    private static final String CONSISTENT = Fixtures.SMALL_REPORT_TEXT;

    @Test
    void aConsistentReportExitsZeroAndSaysWhatWasVerified() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.txt"), CONSISTENT);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("已核对").contains("通过率80%").contains("一、（二）");
    }

    @Test
    void aWrongRateExitsOneAndNamesTheFix() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), CONSISTENT.replace("通过率80%", "通过率85%"));
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_ERRORS);
        assertThat(run.out()).contains("通过率85%").contains("80");
    }

    @Test
    void jsonHasTheReportFindingsAndSummary() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), CONSISTENT.replace("通过率80%", "通过率85%"));
        CliRun run = CliRun.of("check", file.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_ERRORS);
        String json = run.out();
        assertThat(json.strip()).startsWith("{\"report\": {").endsWith("}");
        assertThat(json).contains("\"title\": \"示例区2023年法治政府建设年度报告\"", "\"year\": 2023",
                "\"rule\": \"rate\"", "\"status\": \"mismatch\"", "\"severity\": \"error\"",
                "\"section\": \"一、（二）\"", "\"stated\": \"85%\"", "\"summary\": {\"errors\": 1");
    }

    @Test
    void aStoredReportIsCheckedById() {
        Path db = dir.resolve("n.db");
        long id;
        try (ReportStore store = ReportStore.open(db)) {
            id = store.insert(Fixtures.smallReport()).id();
        }
        CliRun run = CliRun.of("--db", db.toString(), "check", String.valueOf(id), "--json");
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.CHECK_ERRORS);
        assertThat(run.out()).contains("\"id\": " + id);
    }

    /** Issue 9: a department's material has no headings; its figures are checked all the same. */
    private static final String MATERIAL = "全年共受理行政复议案件2410件，审结2288件，审结率94.94%。\n"
            + "登记矛盾纠纷4,120件，化解3,790件，化解率92%。\n"
            + "共受理2,140件，其中交通类321件，占25%。\n";

    @Test
    void textWithoutHeadingsIsCheckedForItsFigures() throws Exception {
        Path file = Files.writeString(dir.resolve("部门材料.txt"), MATERIAL);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CHECK_ERRORS);
        assertThat(run.err()).contains("按普通文字核对");
        assertThat(run.out()).contains("部门材料").contains("审结率94.94%").contains("化解率92%").contains("占25%")
                .contains("已核对2项").doesNotContain("缺少").doesNotContain("成文日期");
    }

    @Test
    void importStillRefusesTextWithoutHeadings() throws Exception {
        Path file = Files.writeString(dir.resolve("部门材料.txt"), MATERIAL);
        CliRun run = CliRun.of("--db", dir.resolve("n.db").toString(), "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("一、");
    }

    @Test
    void anUnknownIdOrMissingFileIsBadInput() {
        assertThat(CliRun.of("--db", dir.resolve("n.db").toString(), "check", "99").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("check", dir.resolve("无此文件.docx").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("无此文件.docx");
    }

    @Test
    void theCorpusReportHasNoErrors() {
        Path corpus = Corpus.report().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "corpus report absent: skipped");
        CliRun run = CliRun.of("check", corpus.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"errors\": 0").doesNotContain("\"mismatch\"");
    }
}
