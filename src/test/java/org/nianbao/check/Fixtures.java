package org.nianbao.check;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/** Made-up reports of the made-up 示例区, for the checker's tests. */
final class Fixtures {

    static final String TITLE = "示例区2020年法治政府建设年度报告";

    private Fixtures() {
    }

    /** A complete, well-formed 2020 report whose first part holds the given paragraphs. */
    static Report withParagraphs(String... paragraphs) {
        return withParagraphs(List.of(), paragraphs);
    }

    static Report withParagraphs(List<Metric> metrics, String... paragraphs) {
        List<Paragraph> ps = Arrays.stream(paragraphs).map(Paragraph::of).toList();
        Section results = Section.of("2020年法治政府建设主要举措和成效", HeadingStyle.STANDALONE, List.of(),
                List.of(Section.of("完善工作机制", HeadingStyle.RUN_IN, ps, List.of())));
        return base().withSections(List.of(results, problems(), duties(), plans())).withMetrics(metrics);
    }

    static Report base() {
        return Report.blank(2020, TITLE)
                .withPreamble(List.of(Paragraph.of("2020年，示例区坚持依法行政，现将有关情况报告如下：")))
                .withIssuers(List.of("示例区人民政府"))
                .withDate(LocalDate.of(2021, 2, 20));
    }

    static Section results(String... paragraphs) {
        return Section.of("2020年法治政府建设主要举措和成效", HeadingStyle.STANDALONE,
                Arrays.stream(paragraphs).map(Paragraph::of).toList(), List.of());
    }

    static Section problems() {
        return Section.of("存在的不足和原因", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("一是示例问题甲；二是示例问题乙。")), List.of()).withRole(SectionRole.PROBLEMS);
    }

    static Section duties() {
        return Section.of("党政主要负责人履行推进法治建设第一责任人职责情况", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("区政府主要负责人认真履职。")), List.of());
    }

    static Section plans() {
        return Section.of("2021年推进法治政府建设的主要安排", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("继续推进各项工作。")), List.of());
    }

    static List<Finding> findings(Report report, String rule) {
        return new ReportChecker().check(report).findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> findings(Report report, RuleId rule) {
        return findings(report, rule.id());
    }

    static Finding only(Report report, RuleId rule) {
        return only(report, rule.id());
    }

    static Finding only(Report report, String rule) {
        List<Finding> found = findings(report, rule);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + rule + " finding, got " + found);
        }
        return found.get(0);
    }
}
