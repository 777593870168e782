package org.nianbao.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.EndBlock;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeaderBlock;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/** Reports written by us (the made-up 示例区, made-up figures) for the export tests and benchmarks. */
public final class ExportFixtures {

    private ExportFixtures() {
    }

    /** A short report with every kind of element: headings of four levels, run-in, problems, attachments. */
    public static Report small() {
        List<Metric> metrics = List.of(
                Metric.count("复议受理", new BigDecimal("68"), "件"),
                Metric.count("复议办结", new BigDecimal("55"), "件"));
        Section part1 = new Section(null, "主要举措和成效", HeadingStyle.STANDALONE, SectionRole.ORDINARY,
                List.of(),
                List.of(Section.of("提高政治站位，落实法治责任", HeadingStyle.RUN_IN,
                                List.of(Paragraph.of("我区高度重视法治政府建设，区政府常务会议专题研究“法治政府”建设工作——全年共受理行政复议案件{{复议受理}}，办结{{复议办结}}……")),
                                List.of()),
                        Section.of("规范行政执法", HeadingStyle.STANDALONE,
                                List.of(Paragraph.of("全面推行行政执法公示制度。")),
                                List.of(Section.of("严格执法程序", HeadingStyle.STANDALONE,
                                        List.of(Paragraph.of("执法全过程记录。")),
                                        List.of(Section.of("落实公示制度", HeadingStyle.STANDALONE,
                                                List.of(Paragraph.of("公示执法信息。")), List.of())))))));
        Section part2 = new Section(null, "存在的不足和原因", HeadingStyle.STANDALONE, SectionRole.PROBLEMS,
                List.of(Paragraph.of("对照要求，我区法治政府建设还存在一些不足：")), List.of());
        Section part3 = Section.of("下一年度工作安排", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("继续深入推进依法行政。")), List.of());
        return new Report(null, 2020, "示例区人民政府关于2020年度法治政府建设工作情况的报告",
                List.of("示例区人民政府"), "示例市人民政府", LocalDate.of(2021, 1, 30),
                List.of(Paragraph.of("2020年，示例区坚持依法行政。现将有关情况报告如下：")),
                List.of(part1, part2, part3), metrics,
                List.of(ProblemItem.of("法治宣传的针对性不强。"), ProblemItem.of("执法人员素质有待提高")),
                List.of(new Attachment(null, "示例区2020年度行政执法统计表", List.of(Paragraph.of("统计表内容。"))),
                        new Attachment(null, "示例区2020年度行政复议案件情况。", List.of())),
                ExportSettings.defaults());
    }

    public static ExportSettings withHeaderAndEnd(ExportSettings s, boolean letterhead) {
        return new ExportSettings(s.templatePath(), s.sealed(), s.problemLayout(), s.boldHeadings(), true,
                new HeaderBlock("示例区人民政府文件", "示政[2021]第03号", "张三", letterhead), true,
                new EndBlock("示例市司法局，示例区人大常委会办公室", "示例区人民政府办公室", LocalDate.of(2021, 2, 1)),
                s.fontScheme());
    }

    /** The report with a header block, an end block, run-in and standalone headings. */
    public static Report withEverything(Report report) {
        return report.withSettings(withHeaderAndEnd(report.settings(), false));
    }

    public static ExportSettings withLayout(ExportSettings s, ProblemLayout layout, boolean bold) {
        return new ExportSettings(s.templatePath(), s.sealed(), layout, bold, s.headerEnabled(), s.header(),
                s.endEnabled(), s.end(), s.fontScheme());
    }

    /** Body text of exactly {@code chars} Chinese characters, without punctuation but the final 。. */
    public static String plainText(int chars, int seed) {
        String pool = "依法行政推进法治政府建设健全制度体系规范执法行为强化监督制约提升服务水平深化改革创新落实责任";
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars - 1; i++) {
            sb.append(pool.charAt((i * 7 + seed * 13) % pool.length()));
        }
        return sb.append('。').toString();
    }

    /**
     * A report of several pages whose middle pages hold nothing but full lines of body text and
     * one-line headings, for counting lines and characters on the rendered pages.
     */
    public static Report multiPage(int parts) {
        List<Section> sections = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                paragraphs.add(Paragraph.of(plainText(26 + 28 * 5 + 10, p * 4 + i)));
            }
            sections.add(Section.of("第" + (p + 1) + "部分工作情况", HeadingStyle.STANDALONE, paragraphs, List.of()));
        }
        return new Report(null, 2020, "示例区人民政府关于2020年度法治政府建设工作情况的报告",
                List.of("中共示例区委员会", "示例区人民政府"), null, LocalDate.of(2021, 1, 30),
                List.of(Paragraph.of(plainText(60, 99))), sections, List.of(), List.of(), List.of(),
                ExportSettings.defaults());
    }

    /**
     * Many level-1 parts of a heading and two full lines each: three lines a part against 22 a page,
     * so without keep-with-next some heading would fall on the last line of a page.
     */
    public static Report shortParts(int parts) {
        List<Section> sections = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            sections.add(Section.of("第" + (p + 1) + "部分", HeadingStyle.STANDALONE,
                    List.of(Paragraph.of(plainText(28 * 2 - 2, p))), List.of()));
        }
        return new Report(null, 2020, "示例区人民政府关于2020年度法治政府建设工作情况的报告",
                List.of("示例区人民政府"), null, LocalDate.of(2021, 1, 30), List.of(), sections, List.of(), List.of(),
                List.of(), ExportSettings.defaults());
    }
}
