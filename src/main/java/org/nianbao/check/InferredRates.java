package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.figures.Ratio;
import org.nianbao.text.Figure;

/**
 * Rates the library does not know (化解率, 满意率, 回访率, 接通率, 按时办结率, 综合办结率…) and library rates
 * whose counts are written in other words, read from the text itself: "X率N%" where the clause group
 * gives "X M件" (the rate's own word before exactly one count) and exactly one plausible whole (受理,
 * 登记, 有效工单, 新收…, the same unit). 不满意率 is also the complement of 满意 over the whole.
 *
 * <p>An inferred definition can verify a figure, never call it wrong (decision 0007): the officer's
 * office may define the rate otherwise.
 */
final class InferredRates {

    /**
     * Words naming the whole a rate is taken of, in tiers: a count named by the first tier is the
     * whole when there is one; the second tier (counts that are themselves results) only when the
     * first names none.
     */
    private static final List<List<String>> WHOLES = List.of(
            List.of("受理", "登记", "有效工单", "新收", "接收", "收到", "接到", "呼入", "来电", "话务", "办理", "立案",
                    "排查", "调处", "回访"),
            List.of("办结", "审结", "结案", "派单", "转办", "转派"));
    private static final List<String> NEGATIONS = List.of("未", "不", "没有");

    /** A reading: the counts, what they give, and whether it verifies. */
    record Reading(String numeratorLabel, Input numerator, String wholeLabel, Input whole, boolean complement,
                   Ratio value, boolean ok, boolean truncated) {

        String expression() {
            return complement
                    ? "（" + wholeLabel + whole.shown() + "−" + numeratorLabel + numerator.shown() + "）÷" + wholeLabel
                            + whole.shown()
                    : numeratorLabel + numerator.shown() + "÷" + wholeLabel + whole.shown();
        }
    }

    private InferredRates() {
    }

    /** The inferred reading of a rate claim, when the text gives exactly one numerator and one whole. */
    static Optional<Reading> read(ProseUnit unit, Claim claim) {
        String stem = claim.phrase().endsWith("率") ? claim.phrase().substring(0, claim.phrase().length() - 1) : "";
        if (stem.length() < 2) {
            return Optional.empty();
        }
        Figure stated = unit.figures().get(claim.figure());
        List<Integer> group = clauseGroup(unit, claim);
        Optional<Reading> direct = reading(unit, stated.value(), group, stem, false);
        if (direct.isPresent() || !stem.endsWith("不满意")) {
            return direct;
        }
        return reading(unit, stated.value(), group, stem.substring(0, stem.length() - 3) + "满意", true);
    }

    private static Optional<Reading> reading(ProseUnit unit, BigDecimal stated, List<Integer> group, String stem,
                                             boolean complement) {
        String word = null;
        List<Integer> numerators = List.of();
        int negation = Math.max(stem.lastIndexOf('不'), stem.lastIndexOf('未'));
        int last = negation >= 0 ? negation : stem.length() - 2; // 不满意率 never reads as 满意
        for (int k = 0; k <= last && numerators.isEmpty(); k++) {
            word = stem.substring(k); // the longest ending of the rate's name that names a count
            numerators = named(unit, group, word, true);
        }
        if (numerators.size() != 1) {
            return Optional.empty();
        }
        int numerator = numerators.get(0);
        String unitName = unit.figures().get(numerator).unit();
        for (List<String> tier : WHOLES) {
            List<Integer> wholes = new ArrayList<>();
            String wholeWord = null;
            for (String w : tier) {
                if (w.contains(word) || word.contains(w)) {
                    continue; // 回访率: the 回访 count is the numerator, not its whole
                }
                for (int i : named(unit, group, w, false)) {
                    if (i != numerator && unit.figures().get(i).unit().equals(unitName) && !wholes.contains(i)) {
                        wholes.add(i);
                        wholeWord = w;
                    }
                }
            }
            if (wholes.size() == 1) {
                return Optional.of(evaluate(unit, stated, word, numerator, wholeWord, wholes.get(0), complement));
            }
            if (wholes.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Reading evaluate(ProseUnit unit, BigDecimal stated, String word, int numerator, String wholeWord,
                                    int whole, boolean complement) {
        Input n = Input.of(unit, numerator);
        Input w = Input.of(unit, whole);
        Ratio top = complement ? w.amount().subtract(n.amount()) : n.amount();
        Ratio err = n.halfUlp().add(w.halfUlp());
        if (w.amount().signum() <= 0) {
            return new Reading(word, n, wholeWord, w, complement, Ratio.ZERO, false, false);
        }
        Ratio value = top.divide(w.amount()).multiply(Ratio.HUNDRED);
        Ratio low = value;
        Ratio high = value;
        if (!err.isZero() && w.amount().subtract(w.halfUlp()).signum() > 0) {
            low = top.subtract(complement ? err : n.halfUlp()).divide(w.amount().add(w.halfUlp())).multiply(Ratio.HUNDRED);
            high = top.add(complement ? err : n.halfUlp()).divide(w.amount().subtract(w.halfUlp()))
                    .multiply(Ratio.HUNDRED);
        }
        boolean ok = Stated.reachable(stated, low, high);
        boolean truncated = !ok && Stated.truncatesTo(stated, low, high);
        return new Reading(word, n, wholeWord, w, complement, value, ok || truncated, truncated);
    }

    /** Counts of the group whose own words (before them, in their clause) end with or hold the word. */
    private static List<Integer> named(ProseUnit unit, List<Integer> group, String word, boolean numerator) {
        List<Integer> found = new ArrayList<>();
        for (int i : group) {
            String before = unit.contexts().before(i);
            int at = before.lastIndexOf(word);
            if (at < 0) {
                continue;
            }
            String lead = before.substring(0, at);
            boolean negated = NEGATIONS.stream().anyMatch(lead::endsWith);
            if (negated && !NEGATIONS.stream().anyMatch(word::startsWith)) {
                continue; // 未解决344件 is not 解决
            }
            if (numerator && before.substring(at + word.length()).matches(".*率.*")) {
                continue;
            }
            found.add(i);
        }
        return found;
    }

    /** The counts of the claim's clause and the one before it (semicolons and full stops split clauses). */
    private static List<Integer> clauseGroup(ProseUnit unit, Claim claim) {
        int at = unit.figures().get(claim.figure()).start();
        int sentence = unit.sentenceOf(at);
        List<Integer> group = new ArrayList<>();
        int from = Math.max(unit.firstFigure(sentence - 1), claim.figure() - RatioCheck.MAX_NEIGHBOURS);
        for (int i = from; i < unit.firstFigure(sentence + 1); i++) {
            if (unit.figures().get(i).start() < at && unit.contexts().isCount(i)) {
                group.add(i);
            }
        }
        return group;
    }
}
