package org.nianbao.review;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/** A short report written by us (made-up 示例区, made-up figures) for the review round-trip tests. */
public final class ReviewFixtures {

    public static final String TITLE = "示例区2023年法治政府建设年度报告";

    private ReviewFixtures() {
    }

    public static Report report() {
        Section leadership = Section.of("加强组织领导", HeadingStyle.RUN_IN,
                List.of(Paragraph.of("区政府常务会议专题研究法治政府建设工作4次。"),
                        Paragraph.of("全区开展法治培训12场，参训干部860人次。")), List.of());
        Section disputes = Section.of("化解行政争议", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("全年受理行政复议案件208件，审结185件，审结率88.9%。"),
                        Paragraph.of("行政应诉工作持续加强。"),
                        Paragraph.of("行政机关负责人出庭应诉{{出庭应诉}}。")), List.of());
        Section part1 = Section.of("2023年推进法治政府建设的主要举措和成效", HeadingStyle.STANDALONE, List.of(),
                List.of(leadership, disputes));
        Section part2 = new Section(null, "存在的不足和原因", HeadingStyle.STANDALONE, SectionRole.PROBLEMS,
                List.of(Paragraph.of("对照要求，还存在一些不足：")), List.of());
        Section part3 = Section.of("下一年度工作安排", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("继续深入推进依法行政。着力加强执法监督。")), List.of());
        return new Report(null, 2023, TITLE, List.of("示例区人民政府"), "示例市人民政府", LocalDate.of(2024, 1, 20),
                List.of(Paragraph.of("2023年，示例区坚持依法行政。现将有关情况报告如下：")),
                List.of(part1, part2, part3),
                List.of(Metric.count("出庭应诉", new BigDecimal("56"), "次")),
                List.of(ProblemItem.of("法治宣传的针对性不强"), ProblemItem.of("执法人员素质有待提高")),
                List.of(), ExportSettings.defaults());
    }

    public static Path database(Path dir) {
        return dir.resolve("nianbao.db");
    }
}
