package org.nianbao.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/**
 * The benchmark's big report: about 220,000 characters of prose in 60 sections (5 parts of 11
 * run-in subsections), citing 1,000 figures through {{指标名}} references. Made-up text.
 * LibreOffice sets 220,000 characters on 352 pages (616 characters a full page); 62,000 characters
 * make the 100 pages the issue names.
 */
public final class LargeReport {

    public static final int TARGET_CHARS = 220_000;
    public static final int FIGURES = 1_000;

    private static final String[] PHRASES = {
        "坚持把依法行政贯穿政府工作全过程，", "扎实推进法治政府建设，", "健全依法决策机制，", "严格规范公正文明执法，",
        "强化对行政权力的制约和监督，", "依法有效化解社会矛盾纠纷，", "全面提升政务服务水平，",
        "深入开展“八五”普法——", "落实重大行政决策程序规定，", "推进行政复议体制改革……",
    };

    private LargeReport() {
    }

    public static Report generate() {
        return generate(TARGET_CHARS);
    }

    public static Report generate(int targetChars) {
        List<Metric> metrics = new ArrayList<>(FIGURES);
        for (int i = 0; i < FIGURES; i++) {
            metrics.add(Metric.count("指标" + i, new BigDecimal(100 + i * 7), i % 3 == 0 ? "件" : "人次"));
        }
        int paragraphsPerSection = 10;
        int sections = 55;
        int perParagraph = targetChars / (sections * paragraphsPerSection);
        int figure = 0;
        List<Section> parts = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            List<Section> children = new ArrayList<>();
            for (int s = 0; s < 11; s++) {
                List<Paragraph> paragraphs = new ArrayList<>();
                for (int k = 0; k < paragraphsPerSection; k++) {
                    StringBuilder sb = new StringBuilder(perParagraph + 40);
                    int phrase = p * 31 + s * 7 + k;
                    while (sb.length() < perParagraph - 20) {
                        sb.append(PHRASES[phrase++ % PHRASES.length]);
                        if (figure < FIGURES && sb.length() % 3 == 0) {
                            sb.append("全年办理")
                                    .append("{{指标").append(figure++).append("}}，");
                        }
                    }
                    sb.append("取得明显成效。");
                    paragraphs.add(Paragraph.of(sb.toString()));
                }
                children.add(Section.of("第" + (s + 1) + "项重点工作取得新进展", HeadingStyle.RUN_IN, paragraphs,
                        List.of()));
            }
            SectionRole role = p == 3 ? SectionRole.PROBLEMS : SectionRole.ORDINARY;
            parts.add(new Section(null, "第" + (p + 1) + "部分工作情况", HeadingStyle.STANDALONE, role, List.of(),
                    children));
        }
        List<ProblemItem> problems = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            problems.add(ProblemItem.of("部分领域的执法规范化水平还需提高" + i));
        }
        return new Report(null, 2020, "示例区人民政府关于2020年度法治政府建设工作情况的报告",
                List.of("中共示例区委员会", "示例区人民政府"), "示例市人民政府", LocalDate.of(2021, 1, 30),
                List.of(Paragraph.of("2020年，示例区坚持依法行政。现将有关情况报告如下：")), parts, metrics, problems,
                List.of(), ExportSettings.defaults());
    }
}
