package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/** Whatever the officer types, the checker answers, and every location lies inside the text it names. */
class CheckerRobustnessProperties {

    private static final List<String> PIECES = List.of("受理", "办结", "审结", "合格", "参考", "应参考", "其中", "包括", "占",
            "通过率", "办结率", "结收比", "败诉率", "同比", "增长", "下降", "分别", "和", "提高", "个百分点", "上年", "2019年",
            "（", "）", "(", ")", "，", "。", "；", ":", "：", "、", "一是", "二是", "四是", "约", "万", "亿", "元", "件", "人",
            "%", "0", "1", "5", "12", "55", "68", "100", "3.2", "1,234", "63.8", "{{受理}}", "{{办结率}}", "{{无}}", "等",
            "1.", "（一）", "2020年01月05日", "2020-1-5", "是");

    static Gen<String> prose() {
        return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join("", l));
    }

    @Test
    void checkingNeverFailsAndLocationsStayInsideTheText() {
        qt().withExamples(400).forAll(prose(), prose(), prose())
                .checkAssert(CheckerRobustnessProperties::checkingNeverFailsAndLocationsStayInsideTheText);
    }

    private static void checkingNeverFailsAndLocationsStayInsideTheText(String a, String b, String heading) {
        Section deep = Section.of("第五层", HeadingStyle.STANDALONE, List.of(Paragraph.of(b)), List.of());
        for (int level = 0; level < 5; level++) {
            deep = Section.of(heading, HeadingStyle.RUN_IN, List.of(Paragraph.of(a)), List.of(deep));
        }
        List<Metric> metrics = List.of(Metric.count("受理", new BigDecimal("68"), "件"),
                Metric.count("办结", new BigDecimal("55"), "件"), Metric.derived("办结率", "办结 / 受理 * 100", 0, "%"));
        Report report = Fixtures.base().withPreamble(List.of(Paragraph.of(a))).withTitle(heading)
                .withSections(List.of(deep)).withMetrics(metrics);
        CheckReport result = new ReportChecker().check(report);

        Map<String, String> headings = new HashMap<>();
        Map<String, List<Paragraph>> paragraphs = new HashMap<>();
        for (OutlineEntry e : report.outline()) {
            headings.put(CheckContext.path(e.path()), e.section().heading());
            paragraphs.put(CheckContext.path(e.path()), e.section().paragraphs());
        }
        for (Finding f : result.findings()) {
            Location l = f.location();
            assertThat(l.start()).isBetween(0, l.end());
            String text;
            if (l.section().equals(Location.METRICS) || l.paragraph() == Location.CLOSING) {
                continue;
            } else if (l.section().isEmpty()) {
                text = l.paragraph() == Location.HEADING ? report.title() : report.preamble().get(l.paragraph()).text();
            } else {
                text = l.paragraph() == Location.HEADING ? headings.get(l.section())
                        : paragraphs.get(l.section()).get(l.paragraph()).text();
            }
            assertThat(l.end()).as(f.toString()).isLessThanOrEqualTo(text.length());
        }
        assertThat(FindingsJson.write(report, result)).endsWith("}}\n");
    }
}
