package org.nianbao.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.figures.Ratio;
import org.nianbao.text.Figure;
import org.nianbao.text.Sentences;

/**
 * Breakdowns (其中…, 包括…): the parts listed after the word are summed and compared with the total
 * before it (or, when the word opens a sentence, the last total of the sentence before); and totals
 * listed under: a paragraph ending "…862.40万元，具体如下：" whose next paragraphs give one part each. A sum
 * within the rounding of its parts (n × ½ × 10^-p, DOMAIN.md) is verified; a sum above the total is
 * an error; a sum below it a warning, as a category may be left unlisted (and none at all when the
 * list ends with 等).
 */
final class BreakdownRule implements Rule {
    private static final String[] OPENERS = {"其中", "包括"};
    /** Paragraphs a total may be broken down into below it; a longer run of counts is not one list. */
    static final int MAX_LIST_BELOW = 100;

    @Override
    public void check(CheckContext context, List<Finding> out) {
        List<ProseUnit> units = context.paragraphs();
        for (int k = 0; k < units.size(); k++) {
            checkListBelow(units, k, out);
        }
        for (ProseUnit unit : context.figureParagraphs()) {
            if (unit.figures().size() < 3) {
                continue;
            }
            String text = unit.text();
            List<int[]> openers = new ArrayList<>(); // offset, length; in text order
            for (String opener : OPENERS) {
                for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length())) {
                    openers.add(new int[] {at, opener.length()});
                }
            }
            openers.sort(java.util.Comparator.comparingInt(o -> o[0]));
            Map<Integer, int[]> depths = new java.util.HashMap<>(); // per full sentence, computed once
            for (int o = 0; o < openers.size(); o++) {
                int next = o + 1 < openers.size() ? openers.get(o + 1)[0] : text.length();
                check(unit, depths, openers.get(o)[0], openers.get(o)[1], next, out);
            }
        }
    }

    /**
     * The list after one opener: its parts run to the end of the opener's clause (at ；), or on over
     * semicolon clauses of one count each ("其中，处罚类12件；许可类8件"), never past the next opener:
     * each part is looked at once per opener, so a long paragraph stays linear.
     */
    private void check(ProseUnit unit, Map<Integer, int[]> depths, int at, int openerLength, int nextOpener,
                       List<Finding> out) {
        List<Figure> figures = unit.figures();
        FigureContexts ctx = unit.contexts();
        Sentences.Span sentence = unit.fullSentenceOf(at);
        List<Integer> parts = new ArrayList<>();
        String unitName = null;
        String text = unit.text();
        int[] depth = depths.computeIfAbsent(sentence.start(), k -> depths(text, sentence));
        int openerDepth = depth[at - sentence.start()];
        int openerClause = unit.sentenceOf(at);
        int clause = openerClause;
        int i = unit.lastFigureBefore(at + openerLength) + 1;
        boolean nextAtSameDepth = nextOpener < sentence.end() && depth[nextOpener - sentence.start()] == openerDepth;
        for (; i < figures.size() && figures.get(i).start() < sentence.end(); i++) {
            Figure f = figures.get(i);
            if (nextAtSameDepth && f.start() > nextOpener) {
                break; // the next 其中 begins the next list (one in parentheses is a sub-list, skipped below)
            }
            int c = unit.sentenceOf(f.start());
            if (c != clause) {
                if ((clause == openerClause && parts.size() >= 2) || countsIn(unit, c) != 1) {
                    break; // "其中上年结转14件、新受理172件；审结163件": the list ended with its clause
                }
                clause = c;
            }
            int d = depth[f.start() - sentence.start()];
            if (d < openerDepth) {
                break; // the parenthesis that held the 其中 has closed
            }
            if (ctx.isPrior(i) || f.isYear() || d > openerDepth) {
                continue; // last year's figure, or a sub-breakdown in parentheses
            }
            if (f.isPercent() || f.isPoints() || ctx.difference(i) != 0) {
                continue; // "确认违法31件，约占结案总数的21%，责令履行18件": a rate inserted in the list
            }
            if (!ctx.isCount(i) || (unitName != null && !unitName.equals(f.unit()))) {
                break;
            }
            if (!parts.isEmpty() && Measure.of(ctx.before(i)) != Measure.of(ctx.before(parts.get(0)))
                    && Measure.of(ctx.before(i)) != Measure.NONE && Measure.of(ctx.before(parts.get(0))) != Measure.NONE) {
                break; // "其中受理…，办结…": another measure, not another part
            }
            unitName = f.unit();
            parts.add(i);
        }
        if (parts.size() < 2) {
            return;
        }
        int total = totalBefore(unit, at, unitName);
        if (total < 0) {
            return;
        }
        // "共受理诉求284406件。其中，…": a sentence of one count before a 其中 that opens the next is its total
        boolean certain = !opensClause(unit, at) || onlyCountOfItsClause(unit, total);
        Figure last = figures.get(parts.get(parts.size() - 1));
        boolean etc = text.substring(last.end(), Math.min(text.length(), last.end() + 2)).contains("等");
        List<Part> listed = parts.stream().map(p -> new Part(unit, p)).toList();
        String lead = text.substring(figures.get(total).end(), figures.get(parts.get(0)).start());
        // a list that closes with 其他/其它/其余 names everything else too: it claims to be complete
        boolean complete = claimsComplete(lead, parts.size())
                || ctx.before(parts.get(parts.size() - 1)).matches(".*(?:其他|其它|其余).*");
        compare(unit, figures.get(total).start(), last.end(), new Part(unit, total), listed, etc, complete,
                certain, out);
    }

    /** How many counts a semicolon clause holds. */
    private static int countsIn(ProseUnit unit, int clause) {
        int n = 0;
        for (int i = unit.firstFigure(clause); i < unit.firstFigure(clause + 1); i++) {
            n += unit.contexts().isCount(i) ? 1 : 0;
        }
        return n;
    }

    /** A figure of a paragraph. */
    private record Part(ProseUnit unit, int index) {
        Figure figure() {
            return unit.figures().get(index);
        }
    }

    /**
     * A total at the end of a paragraph that closes with a colon ("罚没收入862.40万元，具体如下："),
     * broken down in the paragraphs that follow, one part each, for as long as they give one.
     */
    private void checkListBelow(List<ProseUnit> units, int k, List<Finding> out) {
        ProseUnit unit = units.get(k);
        String text = unit.text().strip();
        if (!(text.endsWith("：") || text.endsWith(":")) || unit.figures().isEmpty()) {
            return;
        }
        int total = -1;
        for (int i = unit.figures().size() - 1; i >= 0; i--) {
            if (unit.contexts().isCount(i)) {
                total = i;
                break;
            }
        }
        if (total < 0 || unit.sentenceOf(unit.figures().get(total).start()) != unit.sentences().size() - 1) {
            return;
        }
        Figure t = unit.figures().get(total);
        List<Part> parts = new ArrayList<>();
        for (int j = k + 1; j < units.size() && units.get(j).section().equals(unit.section()); j++) {
            ProseUnit next = units.get(j);
            int found = -1;
            for (int i = 0; i < next.figures().size() && found < 0; i++) {
                if (next.contexts().isCount(i) && next.figures().get(i).unit().equals(t.unit())) {
                    found = i;
                }
            }
            if (found < 0) {
                break;
            }
            parts.add(new Part(next, found));
            if (parts.size() > MAX_LIST_BELOW) {
                return; // not a list of parts but a run of counts: its sum proves nothing (and would cost n²)
            }
        }
        if (parts.size() >= 2) {
            compare(unit, t.start(), t.end(), new Part(unit, total), parts, false, true, true, out);
        }
    }

    /** The stage of a case a part counts: a list never mixes received and concluded. */
    private enum Measure {
        RECEIVED("受理", "收案", "新收", "登记", "接收", "收到", "立案"),
        CONCLUDED("办结", "审结", "结案", "化解", "答复", "执结"),
        NONE;

        private final String[] words;

        Measure(String... words) {
            this.words = words;
        }

        /** The measure named nearest the end of a part's words ("已办结" → CONCLUDED). */
        static Measure of(String before) {
            Measure best = NONE;
            int at = -1;
            for (Measure m : values()) {
                for (String w : m.words) {
                    int k = before.lastIndexOf(w);
                    if (k > at) {
                        at = k;
                        best = m;
                    }
                }
            }
            return best;
        }
    }

    private static final java.util.regex.Pattern COMPLETE = java.util.regex.Pattern.compile(
            "分别为|分别是|([0-9一二两三四五六七八九十]+)(?:类|种|个方面|个类别)");

    /**
     * Whether the words between a total and its first part say the list is the whole breakdown:
     * 分别为, or "共三类" naming as many kinds as are listed.
     */
    static boolean claimsComplete(String lead, int parts) {
        var m = COMPLETE.matcher(lead);
        while (m.find()) {
            if (m.group(1) == null) {
                return true;
            }
            String n = m.group(1);
            int count = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n)
                    : org.nianbao.text.ChineseNumerals.toInt(n.replace('两', '二'));
            if (count == parts) {
                return true;
            }
        }
        return false;
    }

    /** Short by less than this share of the total, with three parts or more: a typo, not an omission. */
    private static final Ratio HAIR = Ratio.of(new java.math.BigDecimal("0.01"));

    /**
     * @param certain the total is the one the list hangs from in its own clause; a total taken from
     *                the sentence before may be another matter's, so it can only verify the list
     */
    private void compare(ProseUnit at, int start, int end, Part total, List<Part> parts, boolean etc,
                         boolean complete, boolean certain, List<Finding> out) {
        Ratio sum = Ratio.ZERO;
        Ratio tolerance = Ratio.ZERO;
        Map<String, String> inputs = new LinkedHashMap<>();
        Figure t = total.figure();
        inputs.put(Findings.text(RuleId.SUM, "part.total"), t.numberText() + t.unit());
        StringBuilder expression = new StringBuilder();
        for (Part p : parts) {
            Figure f = p.figure();
            sum = sum.add(Ratio.of(f.amount()));
            tolerance = tolerance.add(Input.halfUlp(f));
            String label = label(p.unit().contexts().before(p.index()), inputs.size());
            inputs.put(inputs.containsKey(label) ? label + inputs.size() : label, f.numberText() + f.unit());
            expression.append(expression.length() == 0 ? "" : " + ").append(f.numberText());
        }
        Ratio totalValue = Ratio.of(t.amount());
        tolerance = tolerance.add(Input.halfUlp(t));
        Ratio gap = sum.subtract(totalValue);
        String stated = t.numberText() + t.unit();
        String computed = format(sum, t) + t.unit();
        String equation = expression + " = " + computed;
        if (gap.abs().compareTo(tolerance) <= 0) {
            out.add(Findings.ok(RuleId.SUM, at, start, end, stated, computed, inputs, "ok", equation, stated));
        } else if (!certain) {
            out.add(Findings.unverifiable(RuleId.SUM, at, start, end, stated, computed, inputs, "uncertain", equation,
                    stated));
        } else if (gap.signum() > 0) {
            out.add(Findings.mismatch(RuleId.SUM, at, start, end, stated, computed, inputs, "over", equation, stated));
        } else if (etc) {
            return; // "…等": the list says it is not complete
        } else if (complete || (parts.size() >= 3 && gap.abs().compareTo(totalValue.multiply(HAIR)) < 0)) {
            out.add(Findings.mismatch(RuleId.SUM, at, start, end, stated, computed, inputs, "short", equation, stated,
                    format(gap.abs(), t) + t.unit()));
        } else {
            out.add(Findings.unverifiable(RuleId.SUM, at, start, end, stated, computed, inputs, "partial", equation,
                    stated));
        }
    }

    /** Parenthesis depth at each offset of a sentence. */
    private static int[] depths(String text, Sentences.Span sentence) {
        int[] depth = new int[sentence.end() - sentence.start() + 1];
        int d = 0;
        for (int k = sentence.start(); k < sentence.end(); k++) {
            char c = text.charAt(k);
            if (c == '）' || c == ')') {
                d = Math.max(0, d - 1);
            }
            depth[k - sentence.start()] = d;
            if (c == '（' || c == '(') {
                d++;
            }
        }
        depth[depth.length - 1] = d;
        return depth;
    }

    /** A part's name: the words before it, without 其中/包括 and connectives. */
    private static String label(String before, int index) {
        String s = before.replaceAll("^(?:其中|包括|以及|及|和|与|[:：])+", "").strip();
        s = s.replaceAll("(?:共|为|有|计)$", "");
        return s.isEmpty() ? Findings.text(RuleId.SUM, "part.item", index) : s;
    }

    private static String format(Ratio value, Figure like) {
        return value.divide(Ratio.of(like.magnitude().factor())).round(like.value().scale()).toPlainString()
                + like.magnitude().word();
    }

    /**
     * The total: the last count before the opener in the opener's clause (up to the ；or 。 before
     * it), when it has the parts' unit; when the opener opens its clause, the last count of the
     * clause before with that unit. -1 when there is none, or when the count right before the opener
     * is of another unit ("来电8947个，其中转办2274件"): then the list's total is not written.
     */
    private static int totalBefore(ProseUnit unit, int at, String unitName) {
        List<Figure> figures = unit.figures();
        int clause = unit.sentenceOf(at);
        int floor = unit.sentences().get(clause).start();
        boolean opens = opensClause(unit, at);
        if (opens) {
            floor = clause > 0 ? unit.sentences().get(clause - 1).start() : floor;
        }
        int last = unit.lastFigureBefore(at);
        for (int i = last; i >= Math.max(0, last - RatioCheck.MAX_NEIGHBOURS); i--) {
            Figure f = figures.get(i);
            if (f.start() < floor) {
                return -1;
            }
            if (f.end() > at || !unit.contexts().isCount(i)) {
                continue;
            }
            if (!f.unit().equals(unitName)) {
                return -1; // the count before the opener is of another kind: no written total
            }
            return i;
        }
        return -1;
    }

    private static boolean onlyCountOfItsClause(ProseUnit unit, int index) {
        return countsIn(unit, unit.sentenceOf(unit.figures().get(index).start())) == 1;
    }

    /** Whether 其中 stands at the start of its clause: "…。其中，…" or "…；其中…". */
    private static boolean opensClause(ProseUnit unit, int at) {
        return ProseUnit.onlyPunctuation(unit.text(), unit.sentences().get(unit.sentenceOf(at)).start(), at);
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.SUM);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.SUM, "共办理行政案件100件，其中行政复议60件、行政诉讼40件。"),
                RuleExample.caught(RuleId.SUM, "共办理行政案件100件，其中行政复议70件、行政诉讼40件。"));
    }
}
