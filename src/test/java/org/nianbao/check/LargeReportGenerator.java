package org.nianbao.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

/**
 * A deterministic, consistent report of the made-up 示例区 of about {@code pages} pages (one page is
 * about 1,000 characters of body text in the official layout): rates, breakdowns, growth and plain
 * counts, all computed correctly, so a check must find no mismatch. For the benchmark and tests.
 */
public final class LargeReportGenerator {

    private static final String[] TOPICS = {"行政执法", "行政复议", "信访事项", "政务服务", "规范性文件", "普法宣传",
        "公共法律服务", "行政应诉", "矛盾纠纷调解", "市场监管"};
    private static final String FILLER = "坚持以人民为中心的发展思想，健全工作机制，强化统筹协调，压实工作责任，推动各项任务落到实处。";

    private final Random random;
    private int figures;

    private LargeReportGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A report of about {@code pages} pages holding at least {@code minFigures} figures. */
    public static Report generate(int pages, int minFigures, long seed) {
        return new LargeReportGenerator(seed).build(pages, minFigures);
    }

    private Report build(int pages, int minFigures) {
        int paragraphs = pages * 3;
        int perParagraph = Math.max(1, (minFigures + paragraphs - 1) / paragraphs);
        List<Section> level2 = new ArrayList<>();
        int p = 0;
        for (int s = 0; p < paragraphs; s++) {
            List<Paragraph> body = new ArrayList<>();
            for (int k = 0; k < 6 && p < paragraphs; k++, p++) {
                body.add(Paragraph.of(paragraph(perParagraph)));
            }
            level2.add(Section.of("加强" + TOPICS[s % TOPICS.length] + "工作", HeadingStyle.RUN_IN, body, List.of()));
        }
        Section results = Section.of("2020年法治政府建设主要举措和成效", HeadingStyle.STANDALONE, List.of(), level2);
        Section problems = Section.of("存在的不足和原因", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("一是统筹推进力度有待加强；二是执法队伍素质有待提高；三是宣传覆盖面有待扩大。")), List.of())
                .withRole(SectionRole.PROBLEMS);
        Section duties = Section.of("党政主要负责人履行推进法治建设第一责任人职责情况", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("区政府主要负责人切实履行第一责任人职责。" + FILLER)), List.of());
        Section plans = Section.of("2021年推进法治政府建设的主要安排", HeadingStyle.STANDALONE,
                List.of(Paragraph.of("一是深化改革；二是规范执法；三是强化监督。")), List.of());
        return Report.blank(2020, "示例区2020年法治政府建设年度报告")
                .withPreamble(List.of(Paragraph.of("2020年，示例区深入推进法治政府建设，现将有关情况报告如下：")))
                .withSections(List.of(results, problems, duties, plans))
                .withIssuers(List.of("中共示例区委员会", "示例区人民政府"))
                .withDate(LocalDate.of(2021, 1, 30));
    }

    /** About 1,000 / 3 characters with {@code count} figures or more. */
    private String paragraph(int count) {
        StringBuilder sb = new StringBuilder();
        int before = figures;
        while (figures - before < count) {
            switch (random.nextInt(4)) {
                case 0 -> rate(sb);
                case 1 -> breakdown(sb);
                case 2 -> growth(sb);
                default -> counts(sb);
            }
            sb.append(FILLER);
        }
        while (sb.length() < 330) {
            sb.append(FILLER);
        }
        return sb.toString();
    }

    private void rate(StringBuilder sb) {
        int accepted = 20 + random.nextInt(5000);
        int closed = random.nextInt(accepted + 1);
        String rate = percent(closed, accepted, random.nextInt(3));
        sb.append("全年受理").append(topic()).append(accepted).append("件，办结").append(closed).append("件，办结率为")
                .append(rate).append("%。");
        figures += 3;
    }

    private void breakdown(StringBuilder sb) {
        int a = 1 + random.nextInt(300);
        int b = 1 + random.nextInt(300);
        int c = 1 + random.nextInt(300);
        sb.append("共办理").append(topic()).append(a + b + c).append("件，其中简易程序").append(a).append("件，一般程序")
                .append(b).append("件，听证程序").append(c).append("件。");
        figures += 4;
    }

    private void growth(StringBuilder sb) {
        int prior = 100 + random.nextInt(5000);
        int now = prior + random.nextInt(2000);
        sb.append("全年开展").append(topic()).append(now).append("次（上年").append(prior).append("次），同比增长")
                .append(percent(now - prior, prior, 2)).append("%。");
        figures += 3;
    }

    private void counts(StringBuilder sb) {
        sb.append("组织培训").append(1 + random.nextInt(50)).append("期，培训").append(100 + random.nextInt(3000))
                .append("人次，发放宣传资料约").append(1 + random.nextInt(90)).append(".").append(random.nextInt(10))
                .append("万份。");
        figures += 3;
    }

    private String topic() {
        return TOPICS[random.nextInt(TOPICS.length)];
    }

    private static String percent(int numerator, int denominator, int precision) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), precision, RoundingMode.HALF_UP).toPlainString();
    }
}
