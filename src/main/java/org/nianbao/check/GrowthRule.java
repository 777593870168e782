package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;
import org.nianbao.text.Figure;

/**
 * Growth over the prior year (同比增长12.45%, 分别增长…和…) and differences in percentage points
 * (提高5.6个百分点), from figures written with last year's: "5140件(上年4571件)", "(2019年4571件)",
 * "由58.2%提高到63.8%", or, when the sentence writes no last year's figure, a {{指标名}} reference with
 * its metric's prior value (a metric without one leaves the growth unverifiable, naming it). Claims and pairs in a sentence are matched in order when their numbers
 * agree; otherwise a claim is only verified, never called wrong. Also flags 增长 where the figure fell
 * (and 下降 where it rose).
 */
final class GrowthRule implements Rule {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.figureParagraphs()) {
            if (unit.claims().isEmpty()) {
                continue;
            }
            // the claims of each sentence, in one pass: a paragraph of thousands stays linear
            java.util.TreeMap<Integer, List<Claim>> bySentence = new java.util.TreeMap<>();
            for (Claim c : unit.claims()) {
                if (c.kind() == Claim.Kind.GROWTH || c.kind() == Claim.Kind.POINTS) {
                    int s = unit.sentenceOf(unit.figures().get(c.figure()).start());
                    bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(c);
                }
            }
            bySentence.forEach((s, inSentence) -> {
                for (Claim.Kind kind : List.of(Claim.Kind.GROWTH, Claim.Kind.POINTS)) {
                    List<Claim> claims = inSentence.stream().filter(c -> c.kind() == kind).toList();
                    if (!claims.isEmpty()) {
                        check(context, unit, s, kind, claims, out);
                    }
                }
            });
        }
    }

    /** One side of a change: a figure of the text, or last year's value from the metrics table. */
    private record Side(Ratio amount, Ratio halfUlp, String shown) {
        static Side of(Figure f) {
            return new Side(Ratio.of(f.amount()), Input.halfUlp(f), f.numberText() + f.unit());
        }

        static Side of(Input in) {
            return new Side(in.amount(), in.halfUlp(), in.shown() + in.unit());
        }
    }

    /**
     * This year's and last year's figure; {@code end} is where the pair ends in the text. {@code before}
     * is null for a metric reference whose metric has no prior value ({@code metric} names it).
     */
    private record Pair(Side now, Side before, int end, String metric) {
    }

    /** (current, prior) pairs written in a sentence, in order. */
    private static List<Pair> pairsIn(ProseUnit unit, int sentence, boolean percent) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = unit.firstFigure(sentence); i < unit.firstFigure(sentence + 1); i++) {
            int prior = unit.contexts().prior(i);
            Figure f = unit.figures().get(i);
            if (prior >= 0 && f.isPercent() == percent && unit.sentenceOf(f.start()) == sentence) {
                Figure p = unit.figures().get(prior);
                pairs.add(new Pair(Side.of(f), Side.of(p), Math.max(f.end(), p.end()), null));
            }
            if (!percent && unit.contexts().difference(i) != 0 && unit.sentenceOf(f.start()) == sentence) {
                Pair fromDifference = fromDifference(unit, i);
                if (fromDifference != null) {
                    pairs.add(fromDifference);
                }
            }
        }
        return pairs;
    }

    /**
     * "受理1500件，同比增加96件": last year's figure is 1500 − 96. The count it changes is the nearest
     * count before it in the sentence, with the same unit.
     */
    private static Pair fromDifference(ProseUnit unit, int difference) {
        Figure d = unit.figures().get(difference);
        int sentence = unit.sentenceOf(d.start());
        for (int i = difference - 1; i >= 0; i--) {
            Figure now = unit.figures().get(i);
            if (unit.sentenceOf(now.start()) != sentence) {
                return null;
            }
            if (unit.contexts().isCount(i)) {
                if (!now.unit().equals(d.unit()) || now.magnitude() != d.magnitude() && d.magnitude() != Magnitude.NONE) {
                    return null;
                }
                Ratio change = Ratio.of(d.amount());
                Ratio prior = unit.contexts().difference(difference) > 0 ? Ratio.of(now.amount()).subtract(change)
                        : Ratio.of(now.amount()).add(change);
                String shown = prior.round(0).toPlainString() + now.unit() + "（" + now.numberText() + now.unit()
                        + (unit.contexts().difference(difference) > 0 ? "−" : "+") + d.numberText() + d.unit() + "）";
                Side before = new Side(prior, Input.halfUlp(now).add(Input.halfUlp(d)), shown);
                return new Pair(Side.of(now), before, d.end(), null);
            }
        }
        return null;
    }

    /**
     * Figures of a sentence rendered from a {{指标名}} reference, paired with the metric's prior value
     * (上年数) from the metrics table: the officer entered both, so growth written next to the
     * reference can be checked although the text never states last year's figure.
     */
    private static List<Pair> referencePairsIn(CheckContext context, ProseUnit unit, int sentence, boolean percent) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = unit.firstFigure(sentence); i < unit.firstFigure(sentence + 1); i++) {
            Figure f = unit.figures().get(i);
            String name = unit.resolved().referencedMetric(f.start(), f.end());
            Metric m = name == null ? null : context.metric(name);
            if (m == null || m.value() == null || f.isPercent() != percent || f.isPoints() || f.isYear()
                    || unit.sentenceOf(f.start()) != sentence) {
                continue;
            }
            Side before = m.priorValue() == null ? null : Side.of(Input.of(m.withValue(m.priorValue())));
            pairs.add(new Pair(Side.of(f), before, f.end(), m.name()));
        }
        return pairs;
    }

    private void check(CheckContext context, ProseUnit unit, int sentence, Claim.Kind kind, List<Claim> claims,
                       List<Finding> out) {
        boolean points = kind == Claim.Kind.POINTS;
        List<Pair> pairs = pairsIn(unit, sentence, points);
        if (pairs.isEmpty()) {
            pairs = referencePairsIn(context, unit, sentence, points);
        }
        boolean sameSentence = !pairs.isEmpty();
        if (pairs.isEmpty() && sentence > 0) {
            pairs = pairsIn(unit, sentence - 1, points);
        }
        // the pairs are the claims' own only when the claims follow them directly ("…（上年…），同比增长")
        boolean decisive = sameSentence && pairs.size() == claims.size()
                && follows(unit, pairs.get(pairs.size() - 1), claims.get(0));
        for (int k = 0; k < claims.size(); k++) {
            Claim claim = claims.get(k);
            if (decisive && pairs.get(k).before() == null) {
                unverifiable(unit, claim, "指标“" + pairs.get(k).metric() + "”未录入上年数，请在指标表中录入上年"
                        + (points ? "的比率" : "的数字") + "后核对", out);
            } else if (decisive) {
                report(unit, claim, pairs.get(k), out);
            } else if (!pairs.isEmpty() && pairs.size() <= 4) {
                Pair match = null;
                for (Pair p : pairs) {
                    if (matches(unit, claim, p)) {
                        match = p;
                        break;
                    }
                }
                if (match != null) {
                    report(unit, claim, match, out);
                } else {
                    unverifiable(unit, claim, "附近的本年和上年数字不一定是这一增幅所指的，无法确定", out);
                }
            } else {
                unverifiable(unit, claim, pairs.isEmpty()
                        ? "未找到" + (points ? "上年的比率" : "上年的数字") + "（如“5140件（上年4571件）”）"
                        : "本年与上年数字的组数与所述" + (points ? "变化" : "增幅") + "的个数不一致", out);
            }
        }
    }

    private static final java.util.regex.Pattern LINK_WORDS =
            java.util.regex.Pattern.compile("[\\s，,、；;：:）)（(]|同比|环比|分别|比上年|较上年|比去年|较去年|均");

    /** Nothing but punctuation and linking words between the last pair and the first claim. */
    private static boolean follows(ProseUnit unit, Pair lastPair, Claim first) {
        int from = lastPair.end();
        if (from > first.start()) {
            return false;
        }
        return LINK_WORDS.matcher(unit.text().substring(from, first.start())).replaceAll("").isEmpty();
    }

    private static boolean matches(ProseUnit unit, Claim claim, Pair pair) {
        if (pair.before() == null) {
            return false;
        }
        Change c = change(claim, pair);
        return c != null && Stated.reachable(stated(unit, claim), c.lowAbs(), c.highAbs());
    }

    /** The size of the stated change: "提高-2.35个百分点" states a change of 2.35 downwards. */
    private static BigDecimal stated(ProseUnit unit, Claim claim) {
        return unit.figures().get(claim.figure()).value().abs();
    }

    /** +1 or -1: the direction the words and the sign state together ("提高-2.35个百分点" is -1). */
    private static int direction(ProseUnit unit, Claim claim) {
        return unit.figures().get(claim.figure()).value().signum() < 0 ? -claim.direction() : claim.direction();
    }

    /** The change and its bounds when the inputs are rounded; null for a zero prior of a growth. */
    private record Change(Ratio value, Ratio low, Ratio high) {

        /** The least size of the change: 0 when the bounds straddle zero (0.00% to 0.00% is no change). */
        Ratio lowAbs() {
            return low.signum() * high.signum() <= 0 ? Ratio.ZERO : min(low.abs(), high.abs());
        }

        Ratio highAbs() {
            return max(low.abs(), high.abs());
        }
    }

    private static Change change(Claim claim, Pair pair) {
        Ratio n = pair.now().amount();
        Ratio p = pair.before().amount();
        Ratio en = pair.now().halfUlp();
        Ratio ep = pair.before().halfUlp();
        if (claim.kind() == Claim.Kind.POINTS) {
            Ratio d = n.subtract(p);
            Ratio e = en.add(ep);
            return new Change(d, d.subtract(e), d.add(e));
        }
        if (p.signum() <= 0) {
            return null;
        }
        Ratio g = growth(n, p);
        Ratio a = growth(n.subtract(en), p.add(ep));
        Ratio b = p.subtract(ep).signum() > 0 ? growth(n.add(en), p.subtract(ep)) : g;
        // bounds of |g|: when the interval straddles zero its smallest magnitude is zero
        Ratio lowAbs = a.signum() * b.signum() < 0 ? Ratio.ZERO : min(a.abs(), b.abs());
        Ratio highAbs = max(a.abs(), b.abs());
        return new Change(g, g.signum() < 0 ? highAbs.negate() : lowAbs, g.signum() < 0 ? lowAbs.negate() : highAbs);
    }

    private static Ratio growth(Ratio now, Ratio prior) {
        return now.subtract(prior).divide(prior).multiply(Ratio.HUNDRED);
    }

    private static Ratio min(Ratio a, Ratio b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Ratio max(Ratio a, Ratio b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void report(ProseUnit unit, Claim claim, Pair pair, List<Finding> out) {
        Figure f = unit.figures().get(claim.figure());
        boolean points = claim.kind() == Claim.Kind.POINTS;
        RuleId rule = points ? RuleId.POINTS : RuleId.GROWTH;
        String suffix = points ? "个百分点" : "%";
        String stated = f.numberText() + suffix;
        BigDecimal value = stated(unit, claim);
        int direction = direction(unit, claim);
        // a negative figure is read with its sign, as written: say how it reads
        String reads = f.value().signum() < 0 ? "（即" + (direction > 0 ? "上升" : "下降") + value.toPlainString() + suffix
                + "）" : "";
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("本年", pair.now().shown());
        inputs.put("上年", pair.before().shown());
        String pairText = "本年" + pair.now().shown() + "、上年" + pair.before().shown()
                + (pair.metric() == null ? "" : "（指标“" + pair.metric() + "”的上年数）");
        int start = claim.start();
        int end = f.end();
        Change c = change(claim, pair);
        if (c == null) {
            out.add(Findings.figure(RuleId.ZERO_DENOMINATOR, Severity.ERROR, FindingStatus.MISMATCH, unit, start, end, stated,
                    null, inputs, "上年数为0（" + pairText + "），无法计算增长率，请删去增幅或核对上年数。"));
            return;
        }
        String computed = c.value().abs().round(Stated.shownScale(value)).toPlainString() + suffix;
        int sign = c.value().signum();
        if (sign != 0 && sign != direction) {
            String actual = sign > 0 ? "上升" : "下降";
            out.add(Findings.violation(RuleId.GROWTH_DIRECTION, Severity.ERROR, unit, start, end, "文中写“"
                    + (f.value().signum() < 0 ? unit.slice(claim.start(), f.end()) + "”" + reads
                            : (direction > 0 ? "增长/提高" : "下降/减少") + "”") + "，但" + pairText + "，实为" + actual
                    + computed + "，请改正用词。"));
        }
        Ratio lowAbs = c.lowAbs();
        Ratio highAbs = c.highAbs();
        boolean ok = Stated.reachable(value, lowAbs, highAbs);
        String what = points ? "变化" : "增幅";
        if (!ok && Stated.truncatesTo(value, lowAbs, highAbs)) {
            String rounded = c.value().abs().round(Math.max(0, value.scale())).toPlainString() + suffix;
            out.add(Findings.figure(rule, Severity.INFO, FindingStatus.OK, unit, start, end, stated, computed, inputs,
                    what + stated + "是按" + pairText + "计算的" + computed + "截尾所得（舍去了后面的数字），不算错误；四舍五入"
                            + Stated.precisionWords(value) + "应为" + rounded + "。"));
        } else if (ok) {
            out.add(Findings.figure(rule, Severity.INFO, FindingStatus.OK, unit, start, end, stated, computed, inputs,
                    what + stated + reads + "与" + pairText + "相符（计算为" + computed + "）。"));
        } else {
            String rounded = c.value().abs().round(Math.max(0, value.scale())).toPlainString() + suffix;
            out.add(Findings.figure(rule, Severity.ERROR, FindingStatus.MISMATCH, unit,
                    start, end, stated, computed, inputs, what + "写作" + stated + "，但按" + pairText + "计算为" + computed
                            + "，四舍五入" + Stated.precisionWords(value) + "应为" + rounded + "。请核对。"));
        }
    }

    private void unverifiable(ProseUnit unit, Claim claim, String why, List<Finding> out) {
        Figure f = unit.figures().get(claim.figure());
        boolean points = claim.kind() == Claim.Kind.POINTS;
        String stated = f.numberText() + (points ? "个百分点" : "%");
        out.add(Findings.figure(points ? RuleId.POINTS : RuleId.GROWTH, Severity.INFO, FindingStatus.UNVERIFIABLE, unit,
                claim.start(), f.end(), stated, null, Map.of(), "无法核对" + (points ? "变化" : "增幅") + stated + "："
                        + why + "，不据此判断对错。"));
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.GROWTH, RuleId.POINTS, RuleId.GROWTH_DIRECTION, RuleId.ZERO_DENOMINATOR);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.GROWTH, "受理行政复议案件120件（上年100件），同比增长20%。"),
                RuleExample.caught(RuleId.GROWTH, "受理行政复议案件120件（上年100件），同比增长25%。"),
                RuleExample.passes(RuleId.POINTS, "行政复议纠错率由10.5%提高到12.85%，提高2.35个百分点。"),
                RuleExample.caught(RuleId.POINTS, "行政复议纠错率由10.5%提高到12.85%，提高3.35个百分点。"),
                RuleExample.passes(RuleId.GROWTH_DIRECTION, "受理行政复议案件90件（上年100件），同比下降10%。"),
                RuleExample.caught(RuleId.GROWTH_DIRECTION, "受理行政复议案件90件（上年100件），同比增长10%。"),
                RuleExample.passes(RuleId.ZERO_DENOMINATOR, "受理行政复议案件12件（上年10件），同比增长20%。"),
                RuleExample.caught(RuleId.ZERO_DENOMINATOR, "受理行政复议案件12件（上年0件），同比增长20%。"));
    }
}
