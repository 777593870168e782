package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;

class FindingsOutputTest {

    private static final Report REPORT = Fixtures.withParagraphs("受理信访事项68件，办结55件，办结率为81%。",
            "组织400人参加考试，其中考试合格300人，通过率57%。", "一是甲；三是乙。").withId(7L);

    @Test
    void jsonHasTheAgreedShape() {
        CheckReport result = new ReportChecker().check(REPORT);
        String json = FindingsJson.write(REPORT, result);
        assertThat(json).startsWith("{\"report\": {\"id\": 7, \"title\": \"示例区2020年法治政府建设年度报告\", \"year\": 2020},");
        assertThat(json).contains("{\"rule\": \"rate\", \"severity\": \"info\", \"status\": \"ok\", "
                + "\"location\": {\"section\": \"一、（一）\", \"paragraph\": 0, \"start\": 16, \"end\": 23}, "
                + "\"text\": \"办结率为81%\", \"stated\": \"81%\", \"computed\": \"80.88%\", "
                + "\"inputs\": {\"办结\": \"55\", \"受理\": \"68\"}, \"message\": \"");
        assertThat(json).contains("\"stated\": null, \"computed\": null");
        assertThat(json).contains("\"summary\": {\"errors\": 1, \"warnings\": 1, \"verified\": 1, \"unverifiable\": 0}}");
        assertThat(json).doesNotContain("\\u");
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() {
        StringBuilder sb = new StringBuilder();
        FindingsJson.string(sb, "他说\"是\"\\n\t\u0001");
        assertThat(sb).hasToString("\"他说\\\"是\\\"\\\\n\\t\\u0001\"");
    }

    @Test
    void jsonOfAReportWithoutFindingsIsStillComplete() {
        Report empty = Report.blank(2020, "空");
        String json = FindingsJson.write(empty, new CheckReport(List.of()));
        assertThat(json).contains("\"id\": null").contains("\"findings\": [],")
                .contains("\"summary\": {\"errors\": 0, \"warnings\": 0, \"verified\": 0, \"unverifiable\": 0}");
    }

    @Test
    void textGroupsFindingsBySectionWithCountsFirst() {
        String text = FindingsText.write(REPORT, new ReportChecker().check(REPORT));
        assertThat(text.lines().toList().get(1)).isEqualTo("检查结果：错误1项，警告1项，已核对1项，无法核对0项。");
        assertThat(text).containsOnlyOnce("【一、（一）】");
        assertThat(text.indexOf("办结率为81%")).isLessThan(text.indexOf("通过率57%"));
        assertThat(text).contains("错误·不符").contains("警告·不规范").contains("提示·已核对");
    }

    @Test
    void countsFollowSeverityAndStatus() {
        Location at = new Location("", 0, 0, 1);
        CheckReport r = new CheckReport(List.of(
                new Finding("rate", Severity.ERROR, FindingStatus.MISMATCH, at, "", "1%", "2%", Map.of(), ""),
                new Finding("rate", Severity.INFO, FindingStatus.OK, at, "", "1%", "1%", Map.of(), ""),
                new Finding("rate", Severity.INFO, FindingStatus.UNVERIFIABLE, at, "", "1%", null, Map.of(), ""),
                Finding.violation("punctuation", Severity.WARNING, at, ",", "")));
        assertThat(List.of(r.errors(), r.warnings(), r.verified(), r.unverifiable())).containsExactly(1, 1, 1, 1);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void findingsComeInDocumentOrder() {
        List<Finding> findings = new ReportChecker().check(REPORT).findings();
        List<String> sections = findings.stream().map(f -> f.location().section()).toList();
        assertThat(sections.indexOf("一、（一）")).isLessThan(sections.lastIndexOf("二、") < 0 ? Integer.MAX_VALUE
                : sections.lastIndexOf("二、"));
        List<Finding> inSection = findings.stream().filter(f -> f.location().section().equals("一、（一）")).toList();
        assertThat(inSection).isSortedAccordingTo((a, b) -> a.location().paragraph() != b.location().paragraph()
                ? Integer.compare(a.location().paragraph(), b.location().paragraph())
                : Integer.compare(a.location().start(), b.location().start()));
    }
}
