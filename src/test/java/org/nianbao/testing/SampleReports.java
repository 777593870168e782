package org.nianbao.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nianbao.model.ExportSettings;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.SectionNumbering;

/**
 * Made-up 示例区 reports for benchmarks and stress tests. Everything is generated from a fixed seed,
 * so two calls give equal reports. Every rate in the prose is correct (half-up), so a checker
 * finds nothing to flag in them.
 */
public final class SampleReports {

    public static final int LARGE_SECTIONS = 60;
    public static final int LARGE_FIGURES = 1000;
    public static final int YEAR = 2023;
    public static final String TITLE = "示例区2023年法治政府建设年度报告";
    public static final List<String> ISSUERS = List.of("中共示例区委员会", "示例区人民政府");
    public static final LocalDate DATE = LocalDate.of(2024, 1, 20);
    /** The level-1 part (0-based) that holds the problem list. */
    public static final int PROBLEM_PART = 1;

    private static final long SEED = 20240120L;
    /** Characters of prose per level-1 part, so that 60 parts make about a hundred pages. */
    private static final int CHARS_PER_PART = 3600;
    private static final int CHILDREN_PER_PART = 3;

    private static final String[] VERBS = {"深入推进", "持续完善", "全面加强", "不断健全", "着力规范", "扎实开展", "统筹推进", "积极探索"};
    private static final String[] FIELDS = {"依法决策", "行政执法", "规范性文件管理", "行政复议", "政务公开", "普法宣传",
            "营商环境", "矛盾纠纷化解", "执法监督", "数字政府", "法治队伍", "权力监督"};
    private static final String[] GOALS = {"工作机制", "制度体系", "能力建设", "规范化水平", "保障措施", "协同机制"};
    private static final String[] FILLER = {
            "区政府坚持把法治政府建设摆在全局工作的重要位置，定期研究部署重点任务",
            "各部门主要负责人切实履行推进法治建设第一责任人职责，层层压实工作责任",
            "坚持问题导向和目标导向相结合，推动各项措施落地见效",
            "健全完善工作台账，实行清单化管理，确保任务可量化、可考核、可追溯",
            "加强与上级部门的沟通协调，及时掌握政策动态，提升工作的前瞻性",
            "通过专题培训、案例研讨等方式，持续提升工作人员的法治思维和依法办事能力",
            "注重发挥典型示范引领作用，及时总结推广基层好经验好做法",
            "建立健全跟踪问效机制，对发现的薄弱环节及时督促整改到位",
            "坚持线上线下相结合，拓宽群众参与渠道，广泛听取社会各界意见建议",
            "将相关工作纳入年度绩效考核，考核结果作为评先评优的重要依据",
    };
    private static final String[] CASES = {"行政复议案件", "信访事项", "执法投诉", "政务热线诉求", "法律援助申请", "调解案件"};
    private static final String[] EVENTS = {"专题培训", "法治讲座", "普法宣传活动", "案卷评查", "执法检查", "送法下乡活动"};
    private static final String[] PROBLEMS = {
            "部分部门合法性审查力量相对薄弱", "基层执法人员专业素养有待进一步提高", "普法宣传的针对性和实效性不够强",
            "行政执法信息化建设相对滞后", "重大行政决策公众参与的广度和深度不够", "个别单位执法案卷制作不够规范",
            "行政复议应诉能力有待提升", "法治督察的刚性约束作用发挥不充分"};

    private SampleReports() {
    }

    /**
     * A long report: {@code sections} level-1 parts, each with three level-2 sections (every other
     * one run-in) and every third level-2 section with two level-3 sections; part two lists six
     * problems; {@code figures} figures spread through the prose ("受理行政复议案件1234件，办结1200件，
     * 办结率为97.24%" counts three). At (60, 1000) it is about 220,000 characters, a hundred pages.
     */
    public static Report largeReport(int sections, int figures) {
        if (sections < 2) {
            throw new IllegalArgumentException("a report needs at least 2 parts (results and problems)");
        }
        Random random = new Random(SEED);
        List<StringBuilder> bodies = new ArrayList<>();
        List<PartDraft> drafts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            drafts.add(i == PROBLEM_PART ? null : draftPart(i, random, bodies));
        }
        spreadFigures(bodies, figures, random);
        int perBody = bodies.isEmpty() ? 0 : sections * CHARS_PER_PART / bodies.size();
        for (StringBuilder body : bodies) {
            pad(body, perBody, random);
        }
        List<Section> parts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            parts.add(i == PROBLEM_PART ? problemPart() : drafts.get(i).build());
        }
        List<ProblemItem> problems = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            problems.add(ProblemItem.of(PROBLEMS[i]));
        }
        List<Paragraph> preamble = List.of(Paragraph.of(YEAR + "年，示例区坚持以法治思维和法治方式推动各项工作，"
                + "法治政府建设取得新的进展。现将有关情况报告如下："));
        return new Report(null, YEAR, TITLE, ISSUERS, null, DATE, preamble, parts, List.of(), problems, List.of(),
                ExportSettings.defaults());
    }

    /** {@link #largeReport(int, int)} at about a hundred pages: 60 parts and 1,000 figures. */
    public static Report largeReport() {
        return largeReport(LARGE_SECTIONS, LARGE_FIGURES);
    }

    /** The large report as a .txt the importer reads back into {@link #largeReport()}. */
    public static String largeReportText() {
        return toText(largeReport());
    }

    /**
     * A report as plain text the way officers type it: numbered headings, run-in headings joined
     * to their first paragraph by 。, the problem list as 一是……；二是……。 after the problem part's
     * first paragraph, the issuers one per line and the date.
     */
    public static String toText(Report report) {
        StringBuilder sb = new StringBuilder(256 * 1024);
        sb.append(report.title()).append('\n');
        for (Paragraph p : report.preamble()) {
            sb.append(p.text()).append('\n');
        }
        List<Section> parts = report.sections();
        for (int i = 0; i < parts.size(); i++) {
            Section part = parts.get(i);
            if (part.role() == SectionRole.PROBLEMS) {
                sb.append(SectionNumbering.label(1, i + 1)).append(part.heading()).append('\n');
                appendProblems(sb, part, report.problems());
            } else {
                appendSection(sb, part, 1, i + 1);
            }
        }
        for (String issuer : report.issuers()) {
            sb.append(issuer).append('\n');
        }
        if (report.date() != null) {
            LocalDate d = report.date();
            sb.append(d.getYear()).append('年').append(d.getMonthValue()).append('月').append(d.getDayOfMonth())
                    .append("日\n");
        }
        return sb.toString();
    }

    private static void appendSection(StringBuilder sb, Section section, int level, int position) {
        sb.append(SectionNumbering.label(level, position)).append(section.heading());
        List<Paragraph> paragraphs = section.paragraphs();
        int from = 0;
        if (section.style() == HeadingStyle.RUN_IN && !paragraphs.isEmpty()) {
            sb.append('。').append(paragraphs.get(0).text());
            from = 1;
        }
        sb.append('\n');
        for (int i = from; i < paragraphs.size(); i++) {
            sb.append(paragraphs.get(i).text()).append('\n');
        }
        for (int i = 0; i < section.children().size(); i++) {
            appendSection(sb, section.children().get(i), level + 1, i + 1);
        }
    }

    private static void appendProblems(StringBuilder sb, Section part, List<ProblemItem> problems) {
        List<Paragraph> paragraphs = part.paragraphs();
        sb.append(paragraphs.isEmpty() ? "" : paragraphs.get(0).text());
        for (int i = 0; i < problems.size(); i++) {
            sb.append(SectionNumbering.enumerationMarker(i + 1)).append(problems.get(i).text())
                    .append(i + 1 < problems.size() ? '；' : '。');
        }
        sb.append('\n');
        for (int i = 1; i < paragraphs.size(); i++) {
            sb.append(paragraphs.get(i).text()).append('\n');
        }
    }

    private static Section problemPart() {
        return new Section(null, "存在的不足和原因", HeadingStyle.STANDALONE, SectionRole.PROBLEMS,
                List.of(Paragraph.of("对照上级部署和人民群众的期待，我区法治政府建设仍有一些薄弱环节，主要表现在：")), List.of());
    }

    /** A level-1 part whose prose is filled in later through the builders it registers. */
    private record PartDraft(String heading, List<ChildDraft> children) {
        Section build() {
            List<Section> sections = new ArrayList<>();
            for (ChildDraft child : children) {
                sections.add(child.build());
            }
            return Section.of(heading, HeadingStyle.STANDALONE, List.of(), sections);
        }
    }

    private record ChildDraft(String heading, HeadingStyle style, StringBuilder body, List<ChildDraft> children) {
        Section build() {
            List<Section> sections = new ArrayList<>();
            for (ChildDraft child : children) {
                sections.add(child.build());
            }
            return Section.of(heading, style, List.of(Paragraph.of(body.toString())), sections);
        }
    }

    private static PartDraft draftPart(int index, Random random, List<StringBuilder> bodies) {
        String heading = index == 0 ? YEAR + "年法治政府建设主要举措和成效"
                : pick(VERBS, random) + pick(FIELDS, random) + pick(GOALS, random);
        List<ChildDraft> children = new ArrayList<>();
        for (int c = 0; c < CHILDREN_PER_PART; c++) {
            int ordinal = index * CHILDREN_PER_PART + c;
            HeadingStyle style = ordinal % 2 == 0 ? HeadingStyle.RUN_IN : HeadingStyle.STANDALONE;
            ChildDraft child = child(random, style, bodies);
            if (ordinal % 3 == 0) {
                child.children().add(child(random, HeadingStyle.RUN_IN, bodies));
                child.children().add(child(random, HeadingStyle.STANDALONE, bodies));
            }
            children.add(child);
        }
        return new PartDraft(heading, children);
    }

    private static ChildDraft child(Random random, HeadingStyle style, List<StringBuilder> bodies) {
        StringBuilder body = new StringBuilder();
        bodies.add(body);
        return new ChildDraft(pick(VERBS, random) + pick(FIELDS, random) + pick(GOALS, random), style, body,
                new ArrayList<>());
    }

    /** Adds figure sentences round the bodies until exactly {@code figures} figures are written. */
    private static void spreadFigures(List<StringBuilder> bodies, int figures, Random random) {
        int left = figures;
        int at = 0;
        while (left > 0 && !bodies.isEmpty()) {
            StringBuilder body = bodies.get(at++ % bodies.size());
            int kind = left >= 3 ? random.nextInt(3) : left - 1;
            switch (kind) {
                case 2 -> {
                    int accepted = 40 + random.nextInt(3000);
                    int closed = accepted - random.nextInt(Math.max(1, accepted / 10));
                    BigDecimal rate = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(accepted), 2, RoundingMode.HALF_UP);
                    body.append("全年受理").append(pick(CASES, random)).append(accepted).append("件，办结").append(closed)
                            .append("件，办结率为").append(rate.toPlainString()).append("%。");
                }
                case 1 -> body.append("组织").append(pick(EVENTS, random)).append(2 + random.nextInt(60))
                        .append("场，参与").append(100 + random.nextInt(9000)).append("人次。");
                default -> body.append("投入专项经费约").append(1 + random.nextInt(500)).append('.')
                        .append(1 + random.nextInt(9)).append("万元。");
            }
            left -= kind + 1;
        }
    }

    /** Filler before the figures, never the same sentence twice in a row. */
    private static void pad(StringBuilder body, int length, Random random) {
        StringBuilder filler = new StringBuilder();
        int last = -1;
        do {
            int next = random.nextInt(FILLER.length - 1);
            last = next >= last && last >= 0 ? next + 1 : next;
            filler.append(FILLER[last]).append('。');
        } while (filler.length() + body.length() < length);
        body.insert(0, filler);
    }

    private static String pick(String[] pool, Random random) {
        return pool[random.nextInt(pool.length)];
    }
}
