package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.figures.Ratio;

/**
 * Decides whether a stated percentage follows from candidate counts: Σ numerator ÷ Σ denominator ×
 * 100. Tries every combination of candidates; the figure is verified when one combination gives it,
 * and a mismatch only when every input of some way of computing it was found exactly once (never on
 * a guess between candidates); otherwise it is unverifiable and the missing inputs are named.
 */
final class RatioCheck {

    /**
     * One input of a formula, with the counts that could fill it.
     *
     * @param weak the candidates were found by a looser link (a metric's name): enough to verify a
     *             figure, never to call it wrong
     */
    record Slot(String label, boolean numerator, boolean negative, boolean optional, List<Input> candidates,
                boolean weak) {

        Slot(String label, boolean numerator, boolean negative, boolean optional, List<Input> candidates) {
            this(label, numerator, negative, optional, candidates, false);
        }
    }

    /**
     * The decision, with the inputs used (aligned with the form's slots; null where absent).
     *
     * @param truncated ok only when the stated figure was truncated, not rounded: worth a note
     */
    record Outcome(FindingStatus status, List<Slot> form, List<Input> used, Ratio value, boolean zeroDenominator,
                   List<String> missing, boolean numeratorAboveDenominator, boolean truncated) {

        Outcome(FindingStatus status, List<Slot> form, List<Input> used, Ratio value, boolean zeroDenominator,
                List<String> missing, boolean numeratorAboveDenominator) {
            this(status, form, used, value, zeroDenominator, missing, numeratorAboveDenominator, false);
        }
    }

    /** Hard bounds (issue 15): readings tried per figure, and counts looked at on either side of it. */
    static final int MAX_COMBINATIONS = 512;
    static final int MAX_NEIGHBOURS = 48;

    private RatioCheck() {
    }

    static Outcome evaluate(List<List<Slot>> forms, BigDecimal stated) {
        Outcome decisive = null;
        Outcome firstComputed = null;
        Outcome truncated = null;
        List<String> fewestMissing = null;
        List<Slot> fewestForm = null;
        for (List<Slot> form : forms) {
            List<String> missing = new ArrayList<>();
            boolean unique = true;
            for (Slot s : form) {
                if (s.candidates().isEmpty() && !s.optional()) {
                    missing.add(s.label());
                }
                if (s.candidates().size() != 1 || s.weak()) {
                    unique = false;
                }
            }
            if (!missing.isEmpty()) {
                if (fewestMissing == null || missing.size() < fewestMissing.size()) {
                    fewestMissing = missing;
                    fewestForm = form;
                }
                continue;
            }
            List<List<Input>> combos = combinations(form);
            for (List<Input> combo : combos) {
                Outcome o = compute(form, combo, stated);
                if (o == null) {
                    continue;
                }
                if (o.status() == FindingStatus.OK && !o.truncated()) {
                    return o;
                }
                if (o.truncated()) {
                    truncated = truncated == null ? o : truncated;
                    continue;
                }
                if (firstComputed == null) {
                    firstComputed = o;
                }
                if (unique && decisive == null && combo.stream().allMatch(java.util.Objects::nonNull)) {
                    decisive = o;
                }
            }
        }
        if (truncated != null) {
            return truncated;
        }
        if (decisive != null) {
            return decisive;
        }
        if (fewestMissing != null && firstComputed == null) {
            return new Outcome(FindingStatus.UNVERIFIABLE, fewestForm, List.of(), null, false,
                    List.copyOf(fewestMissing), false);
        }
        // Inputs found but either ambiguous or some optional input absent: do not guess.
        List<String> missing = fewestMissing == null ? List.of() : fewestMissing;
        return new Outcome(FindingStatus.UNVERIFIABLE, firstComputed == null ? List.of() : firstComputed.form(),
                firstComputed == null ? List.of() : firstComputed.used(), null, false, missing, false);
    }

    private static Outcome compute(List<Slot> form, List<Input> combo, BigDecimal stated) {
        Set<String> keys = new HashSet<>();
        String unit = null;
        Ratio num = Ratio.ZERO;
        Ratio den = Ratio.ZERO;
        Ratio numErr = Ratio.ZERO;
        Ratio denErr = Ratio.ZERO;
        for (int k = 0; k < form.size(); k++) {
            Input in = combo.get(k);
            if (in == null) {
                continue;
            }
            if (!keys.add(in.key())) {
                return null; // one count cannot be two inputs
            }
            if (!in.unit().isEmpty()) {
                if (unit != null && !unit.equals(in.unit())) {
                    return null; // 人 against 件: not the same things
                }
                unit = in.unit();
            }
            Slot s = form.get(k);
            Ratio v = s.negative() ? in.amount().negate() : in.amount();
            if (s.numerator()) {
                num = num.add(v);
                numErr = numErr.add(in.halfUlp());
            } else {
                den = den.add(v);
                denErr = denErr.add(in.halfUlp());
            }
        }
        if (!hasNumerator(form, combo)) {
            return null;
        }
        if (den.signum() <= 0) {
            return new Outcome(FindingStatus.MISMATCH, form, combo, null, true, List.of(), false);
        }
        Ratio value = num.divide(den).multiply(Ratio.HUNDRED);
        Ratio low = value;
        Ratio high = value;
        if (!numErr.isZero() || !denErr.isZero()) {
            Ratio denHigh = den.add(denErr);
            Ratio denLow = den.subtract(denErr);
            low = num.subtract(numErr).divide(denHigh).multiply(Ratio.HUNDRED);
            high = denLow.signum() > 0 ? num.add(numErr).divide(denLow).multiply(Ratio.HUNDRED)
                    : Ratio.of(Long.MAX_VALUE);
        }
        boolean above = num.compareTo(den) > 0;
        if (Stated.reachable(stated, low, high)) {
            return new Outcome(FindingStatus.OK, form, combo, value, false, List.of(), above);
        }
        boolean truncated = Stated.truncatesTo(stated, low, high);
        return new Outcome(truncated ? FindingStatus.OK : FindingStatus.MISMATCH, form, combo, value, false, List.of(),
                above, truncated);
    }

    private static boolean hasNumerator(List<Slot> form, List<Input> combo) {
        for (int k = 0; k < form.size(); k++) {
            if (form.get(k).numerator() && combo.get(k) != null) {
                return true;
            }
        }
        return false;
    }

    private static List<List<Input>> combinations(List<Slot> form) {
        List<List<Input>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (Slot s : form) {
            List<Input> options = new ArrayList<>(s.candidates());
            if (options.isEmpty()) {
                options.add(null); // an optional input the text does not give; when given, it is used
            }
            List<List<Input>> next = new ArrayList<>();
            for (List<Input> prefix : out) {
                for (Input option : options) {
                    if (next.size() >= MAX_COMBINATIONS) {
                        break;
                    }
                    List<Input> c = new ArrayList<>(prefix);
                    c.add(option);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }
}
