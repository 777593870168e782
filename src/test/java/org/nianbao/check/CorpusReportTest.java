package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Report;

/** The real published report in ../shared/corpus, when present (skipped otherwise). */
class CorpusReportTest {

    private static final String TITLE = "源城区2020年法治政府建设年度报告";
    private String text;
    private CheckReport result;

    @BeforeEach
    void readCorpus() throws IOException {
        assumeTrue(Files.exists(TextReports.corpus()), "corpus not present");
        text = Files.readString(TextReports.corpus(), StandardCharsets.UTF_8);
        result = new ReportChecker().check(TextReports.parse(text, 2020, TITLE));
    }

    private Finding figure(String rule, String textContains) {
        List<Finding> found = result.findings().stream()
                .filter(f -> f.rule().equals(rule) && f.text().contains(textContains)).toList();
        assertThat(found).as(rule + " " + textContains).hasSize(1);
        return found.get(0);
    }

    @Test
    void passRateIsVerifiedFrom208And326() {
        Finding f = figure("rate", "通过率63.8%");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.inputs()).containsExactly(java.util.Map.entry("合格", "208"), java.util.Map.entry("参考", "326"));
        assertThat(f.location().section()).isEqualTo("一、（三）");
    }

    @Test
    void closureRateIsVerifiedFrom55And68() {
        Finding f = figure("rate", "办结率为81%");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.stated()).isEqualTo("81%");
        assertThat(f.computed()).isEqualTo("80.88%");
        assertThat(f.inputs()).containsEntry("办结", "55").containsEntry("受理", "68");
        assertThat(f.location().section()).isEqualTo("一、（五）");
        assertThat(f.location().paragraph()).isZero();
    }

    @Test
    void theLocationPointsAtTheSpanInTheParagraph() {
        Finding f = figure("rate", "办结率为81%");
        Report report = TextReports.parse(text, 2020, TITLE);
        String paragraph = report.sections().get(0).children().get(4).paragraphs().get(0).text();
        assertThat(paragraph.substring(f.location().start(), f.location().end())).isEqualTo("办结率为81%");
    }

    @Test
    void sixPlusOneIsSeven() {
        Finding f = figure("sum", "其中部门规范性文件6件");
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.stated()).isEqualTo("7件");
    }

    @Test
    void participationRateIsUnverifiable() {
        Finding f = figure("rate", "参考率98%");
        assertThat(f.status()).isEqualTo(FindingStatus.UNVERIFIABLE);
        assertThat(f.message()).contains("应参考");
    }

    @Test
    void noMismatchAndNoErrorAnywhere() {
        assertThat(result.findings()).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.verified()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theThreePartOutlineGetsNoCompletenessWarning() {
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("outline") && f.severity() != Severity.INFO);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "其中考试合格208人, 其中考试合格218人, rate",
        "全年共组织326人参考, 全年共组织336人参考, rate",
        "办结55宗, 办结50宗, rate",
        "通过率63.8%, 通过率68.3%, rate",
        "办结率为81%, 办结率为79%, rate",
        "部门规范性文件6件, 部门规范性文件8件, sum",
    })
    void aCopyWithOneFigureChangedIsCaught(String from, String to, String rule) {
        assertThat(text).contains(from);
        CheckReport broken = new ReportChecker().check(TextReports.parse(text.replace(from, to), 2020, TITLE));
        assertThat(broken.findings()).anyMatch(f -> f.rule().equals(rule) && f.status() == FindingStatus.MISMATCH
                && f.severity() == Severity.ERROR);
        assertThat(broken.hasErrors()).isTrue();
    }

    @Test
    void aCopyWithAPartMissingFromTheBreakdownIsNotCalledWrong() {
        // two parts short of their total, with no word saying the list is complete: a partial 其中
        // list is common in real text (decision 0007), so the sum is unverifiable, not a mismatch
        CheckReport broken = new ReportChecker().check(TextReports.parse(
                text.replace("部门规范性文件6件", "部门规范性文件5件"), 2020, TITLE));
        assertThat(broken.findings()).anyMatch(f -> f.rule().equals("sum")
                && f.status() == FindingStatus.UNVERIFIABLE && f.severity() == Severity.INFO);
        assertThat(broken.findings()).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
    }

    @Test
    void aCopyWhoseRateIsTruncatedGetsANoteNotAnError() {
        CheckReport truncated = new ReportChecker().check(TextReports.parse(
                text.replace("办结率为81%", "办结率为80%"), 2020, TITLE));
        Finding f = truncated.findings().stream().filter(x -> x.rule().equals("rate") && "80%".equals(x.stated()))
                .findFirst().orElseThrow();
        assertThat(f.status()).isEqualTo(FindingStatus.OK);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("四舍五入到整数应为81%");
    }

    @Test
    void reusedAsNextYearsReportTheOldYearsAreFlagged() {
        CheckReport next = new ReportChecker().check(TextReports.parse(text, 2021, "源城区2021年法治政府建设年度报告"));
        assertThat(next.findings()).filteredOn(f -> f.rule().equals("stale-year"))
                .extracting(f -> f.location().section()).contains("", "一、");
    }
}
