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
    private record Pair(Side now, Side before, int end, String metric, String subject) {
        Pair(Side now, Side before, int end, String metric) {
            this(now, before, end, metric, null);
        }
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
     * A sentence that opens with the comparison itself: "比去年同期增加433件，…" has no subject of its
     * own, so the count it changes is the one the sentence before ended on.
     */
    private static final java.util.regex.Pattern COMPARISON_OPENS = java.util.regex.Pattern.compile(
            "\\s*(?:同比|(?:比|较)(?:去年|上年)(?:同期)?)(?:增加|减少|增长|下降|上升|多|少)了?");

    /**
     * "受理1500件，同比增加96件": last year's figure is 1500 − 96. The count it changes is the nearest
     * count before it in the sentence, with the same unit; or, when the sentence opens with the
     * comparison ("受理举报3618件，占27%。比去年同期增加433件"), the last count of the sentence before.
     */
    private static Pair fromDifference(ProseUnit unit, int difference) {
        Figure d = unit.figures().get(difference);
        int sentence = unit.sentenceOf(d.start());
        boolean opens = sentence > 0 && (difference == 0 || unit.figures().get(difference - 1).start()
                < unit.sentenceStart(sentence)) && COMPARISON_OPENS.matcher(
                        unit.text().substring(unit.sentenceStart(sentence), d.start())).matches();
        for (int i = difference - 1; i >= 0; i--) {
            Figure now = unit.figures().get(i);
            int in = unit.sentenceOf(now.start());
            if (in != sentence && !(opens && in == sentence - 1)) {
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
                return new Pair(Side.of(now), before, d.end(), null, unit.contexts().before(i));
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
                unverifiable(unit, claim, "noPrior", pairs.get(k).metric(), out);
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
                    unverifiable(unit, claim, "unsure", null, out);
                }
            } else {
                unverifiable(unit, claim, pairs.isEmpty() ? "noPair" : "pairCount", null, out);
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
        String rest = LINK_WORDS.matcher(unit.text().substring(from, first.start())).replaceAll("");
        if (rest.isEmpty()) {
            return true;
        }
        // "受理消费者举报3618件。比去年同期增加433件，举报量增长12%": the growth names the count it changes
        String subject = SUBJECT_END.matcher(rest).replaceAll("");
        return lastPair.subject() != null && subject.length() >= 2 && subject.length() == rest.length() - suffix(rest)
                && lastPair.subject().contains(subject);
    }

    /** What a growth's subject may end with: "举报量", "案件数". */
    private static final java.util.regex.Pattern SUBJECT_END = java.util.regex.Pattern.compile("(?:数量|总量|量|数)$");

    private static int suffix(String rest) {
        var m = SUBJECT_END.matcher(rest);
        return m.find() ? m.end() - m.start() : 0;
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
        RuleId rule = claim.kind() == Claim.Kind.POINTS ? RuleId.POINTS : RuleId.GROWTH;
        String suffix = Findings.text(rule, "part.unit");
        String stated = f.numberText() + suffix;
        BigDecimal value = stated(unit, claim);
        int direction = direction(unit, claim);
        // a negative figure is read with its sign, as written: say how it reads
        String reads = f.value().signum() < 0 ? Findings.text(rule, "part.reads",
                Findings.text(rule, direction > 0 ? "part.up" : "part.down"), value.toPlainString() + suffix) : "";
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(Findings.text(rule, "part.now"), pair.now().shown());
        inputs.put(Findings.text(rule, "part.before"), pair.before().shown());
        String pairText = pair.metric() == null
                ? Findings.text(rule, "part.pair", pair.now().shown(), pair.before().shown())
                : Findings.text(rule, "part.pairOfMetric", pair.now().shown(), pair.before().shown(), pair.metric());
        int start = claim.start();
        int end = f.end();
        Change c = change(claim, pair);
        if (c == null) {
            out.add(Findings.mismatch(RuleId.ZERO_DENOMINATOR, unit, start, end, stated, null, inputs, "growth", pairText));
            return;
        }
        String computed = c.value().abs().round(Stated.shownScale(value)).toPlainString() + suffix;
        int sign = c.value().signum();
        if (sign != 0 && sign != direction) {
            String actual = Findings.text(rule, sign > 0 ? "part.up" : "part.down");
            RuleId words = RuleId.GROWTH_DIRECTION;
            out.add(f.value().signum() < 0
                    ? Findings.violation(words, unit, start, end, "negative", unit.slice(claim.start(), f.end()), reads,
                            pairText, actual, computed)
                    : Findings.violation(words, unit, start, end, "word",
                            Findings.text(words, direction > 0 ? "part.up" : "part.down"), pairText, actual, computed));
        }
        Ratio lowAbs = c.lowAbs();
        Ratio highAbs = c.highAbs();
        boolean ok = Stated.reachable(value, lowAbs, highAbs);
        String what = Findings.text(rule, "part.what");
        String rounded = c.value().abs().round(Math.max(0, value.scale())).toPlainString() + suffix;
        if (!ok && Stated.truncatesTo(value, lowAbs, highAbs)) {
            out.add(Findings.ok(rule, unit, start, end, stated, computed, inputs, "truncated", what, stated, pairText,
                    computed, Stated.precisionWords(value), rounded));
        } else if (ok) {
            out.add(Findings.ok(rule, unit, start, end, stated, computed, inputs, "ok", what, stated, reads, pairText,
                    computed));
        } else {
            out.add(Findings.mismatch(rule, unit, start, end, stated, computed, inputs, "mismatch", what, stated, pairText,
                    computed, Stated.precisionWords(value), rounded));
        }
    }

    /** A growth or points figure the text cannot settle; {@code why} names the reason's message. */
    private void unverifiable(ProseUnit unit, Claim claim, String why, String metric, List<Finding> out) {
        Figure f = unit.figures().get(claim.figure());
        RuleId rule = claim.kind() == Claim.Kind.POINTS ? RuleId.POINTS : RuleId.GROWTH;
        String stated = f.numberText() + Findings.text(rule, "part.unit");
        out.add(Findings.unverifiable(rule, unit, claim.start(), f.end(), stated, null, Map.of(), "unverifiable",
                Findings.text(rule, "part.what"), stated, Findings.text(rule, "part." + why, metric)));
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
