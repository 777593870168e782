package org.nianbao.check;

import java.util.Arrays;

/**
 * The one list of the checker's rules: every {@link Finding#rule()} is the {@link #id()} of one of
 * these. The id is what {@code check --json} writes and must not change; the severity is the one a
 * fault the rule finds gets ({@link Findings} applies it; a verified or unverifiable figure is
 * {@code info}, and the documented exceptions are {@code Findings.LOWERED}). Each {@link Rule} names the ids it reports and
 * gives, for each, an example that passes and one that is caught ({@link Rule#examples()}).
 */
public enum RuleId {
    RATE("rate", Severity.ERROR, "比率（通过率、办结率…）按定义重算 / a named rate recomputed from its counts", true),
    SHARE("share", Severity.ERROR, "占比按部分÷总数重算 / a share recomputed as part over whole", true),
    GROWTH("growth", Severity.ERROR, "同比增长/下降百分比按本年、上年数重算 / growth recomputed from this and last year", true),
    POINTS("points", Severity.ERROR, "提高/下降的百分点按两个比率重算 / percentage points from two rates", true),
    SUM("sum", Severity.ERROR, "分项之和与总数相符 / a breakdown adds up to its total", true),
    OVER_100("over-100", Severity.ERROR, "占比或有上限的比率超过100% / a share or bounded rate above 100%", false),
    NUMERATOR_EXCEEDS_DENOMINATOR("numerator-exceeds-denominator", Severity.ERROR,
            "分子大于分母 / the count divided is larger than the one it is divided by", false),
    ZERO_DENOMINATOR("zero-denominator", Severity.ERROR, "分母为零 / a rate or growth over zero", false),
    METRIC_FORMULA("metric-formula", Severity.ERROR, "派生指标的填报值与重算值相符、公式有效 / a derived metric against its formula", true),
    METRIC_PROSE("metric-prose", Severity.ERROR, "正文数字与指标表一致 / prose figures agree with the metrics table", true),
    METRIC_REFERENCE("metric-reference", Severity.WARNING, "{{指标名}}引用的指标存在且有值 / a metric reference resolves", false),
    GROWTH_DIRECTION("growth-direction", Severity.ERROR, "“增长”“下降”与数字的升降一致 / the growth word matches the figures", false),
    OUTLINE("outline", Severity.WARNING, "一级标题齐全、顺序符合提纲 / the parts of the outline, in order", false),
    NUMBERING("numbering", Severity.WARNING, "标题文字不写编号，段首编号连续 / no numbers in heading text, paragraph numbers in sequence", false),
    ENUMERATION("enumeration", Severity.WARNING, "一是、二是、三是……连续 / 一是/二是 sequences do not skip", false),
    STALE_YEAR("stale-year", Severity.WARNING, "标题、导语中的年份是报告年度 / the title and preamble name the report's year", false),
    DATE_FORMAT("date-format", Severity.WARNING, "日期写作2021年1月5日 / dates written 2021年1月5日", false),
    IMPOSSIBLE_DATE("impossible-date", Severity.ERROR, "日期在日历上存在 / a date the calendar has", false),
    DEADLINE("deadline", Severity.WARNING, "成文日期早于次年4月1日 / the report is dated before 1 April of the next year", false),
    PUNCTUATION("punctuation", Severity.WARNING, "中文正文使用全角标点 / full-width punctuation in Chinese text", false);

    private final String id;
    private final Severity severity;
    private final String description;
    private final boolean verifies;

    RuleId(String id, Severity severity, String description, boolean verifies) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.verifies = verifies;
    }

    /** True when the rule also reports figures it verified (status ok), not only what is wrong. */
    public boolean verifies() {
        return verifies;
    }

    /** The name findings carry and JSON writes ("rate", "stale-year"…). */
    public String id() {
        return id;
    }

    /** The severity a finding of this rule usually has. */
    public Severity severity() {
        return severity;
    }

    /** What the rule checks, in Chinese then English. */
    public String description() {
        return description;
    }

    /** The rule with this id; throws for a name no rule has. */
    public static RuleId of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id));
    }

    @Override
    public String toString() {
        return id;
    }
}
