package org.nianbao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/**
 * A made-up report of about 100 A4 pages (GB/T 9704: 22 lines of 28 characters, ~600 characters a
 * page, so ~60,000 characters) for the startup and typing measurements.
 */
public final class HundredPageReport {

    private HundredPageReport() {
    }

    public static Report ofPages(int pages) {
        int targetChars = pages * 600;
        String sentence = "示例区持续深化行政执法三项制度改革，全年开展执法检查{{检查次数}}，办结案件{{办结}}件，群众满意度稳步提升。";
        List<Section> parts = new ArrayList<>();
        int written = 0;
        int part = 0;
        while (written < targetChars) {
            part++;
            List<Section> children = new ArrayList<>();
            for (int s = 1; s <= 8 && written < targetChars; s++) {
                List<Section> points = new ArrayList<>();
                for (int p = 1; p <= 3; p++) {
                    List<Paragraph> body = new ArrayList<>();
                    for (int q = 0; q < 2; q++) {
                        String text = (sentence + "（" + part + "-" + s + "-" + p + "）").repeat(2);
                        body.add(new Paragraph(text));
                        written += text.length();
                    }
                    points.add(Section.of("第" + p + "项具体措施", HeadingStyle.RUN_IN, body, List.of()));
                }
                children.add(Section.of("第" + s + "方面工作", HeadingStyle.RUN_IN,
                        List.of(new Paragraph("围绕年度目标任务，示例区各部门协同推进，取得积极成效。")), points));
            }
            parts.add(Section.of("第" + part + "部分主要举措和成效", HeadingStyle.STANDALONE, List.of(), children));
        }
        return new Report(null, 2023, "示例区2023年法治政府建设年度报告（长篇）", List.of("示例区人民政府"), null, null,
                List.of(new Paragraph("2023年，示例区坚持依法行政。现将有关情况报告如下：")), parts,
                List.of(Metric.count("检查次数", new BigDecimal("120"), "次"), Metric.count("办结", new BigDecimal("86"), "件")),
                List.of(ProblemItem.of("执法人员培训覆盖面不够广")), List.of(), null);
    }

    public static int characters(Report report) {
        return report.outline().stream().mapToInt(e -> e.section().heading().length()
                + e.section().paragraphs().stream().mapToInt(p -> p.text().length()).sum()).sum();
    }
}
