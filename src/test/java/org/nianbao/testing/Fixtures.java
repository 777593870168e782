package org.nianbao.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/** Small reports written by us (示例区, made-up figures) for tests across packages. */
public final class Fixtures {

    /** A short importable report: three parts, a pass rate of 96 ÷ 120 = 80%, two problems. */
    public static final String SMALL_REPORT_TEXT = """
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

    private Fixtures() {
    }

    public static Section section(String heading, String... paragraphs) {
        return Section.of(heading, HeadingStyle.STANDALONE,
                java.util.Arrays.stream(paragraphs).map(Paragraph::new).toList(), List.of());
    }

    public static Section runIn(String heading, String body) {
        return Section.of(heading, HeadingStyle.RUN_IN, List.of(new Paragraph(body)), List.of());
    }

    /** A three-part report of the fictional 示例区 for 2023 with a metric, two problems and an attachment. */
    public static Report smallReport() {
        Section results = section("2023年法治政府建设主要成效").withChildren(List.of(
                runIn("强化组织领导", "区政府常务会议专题研究法治政府建设工作4次。"),
                runIn("化解矛盾纠纷", "全年受理行政复议案件40件，审结36件，审结率为90%。")));
        Section problems = section("存在的不足", "对照要求，我区法治政府建设仍有差距，主要表现在：")
                .withRole(SectionRole.PROBLEMS);
        Section plans = section("2024年工作安排").withChildren(List.of(
                runIn("深化依法行政", "继续推进行政执法三项制度。")));
        return new Report(null, 2023, "示例区2023年法治政府建设年度报告",
                List.of("中共示例区委员会", "示例区人民政府"), null, LocalDate.of(2024, 2, 6),
                List.of(new Paragraph("2023年，示例区坚持依法行政。现将有关情况报告如下：")),
                List.of(results, problems, plans),
                List.of(Metric.count("受理", new BigDecimal("40"), "件"),
                        Metric.count("审结", new BigDecimal("36"), "件"),
                        Metric.derived("审结率", "审结 / 受理 * 100", 0, "%").withValue(new BigDecimal("90"))),
                List.of(ProblemItem.of("执法人员培训覆盖面不够广"), ProblemItem.of("规范性文件备案不够及时")),
                List.of(new Attachment(null, "2023年行政复议案件统计表", List.of(new Paragraph("（略）")))),
                ExportSettings.defaults());
    }
}
