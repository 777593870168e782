package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.check.RateDefinition.Form;
import org.nianbao.check.RateDefinition.Term;

/**
 * A rate's definition as the text writes it, in parentheses after the name: "结收比（结案数/收案数）",
 * "审结率（审结数÷受理数×100%）", "纠错率（撤销、变更、确认违法）". The text's own definition wins
 * over the library's: the officer said what was divided by what, so the reading is certain.
 */
final class WrittenDefinition {

    private static final Pattern DIVIDE = Pattern.compile("\\s*[/÷／]\\s*|\\s*除以\\s*");
    private static final Pattern TIMES_HUNDRED = Pattern.compile("\\s*[×*xX]\\s*100\\s*[%％]?\\s*$");
    private static final Pattern LIST = Pattern.compile("[、，,+＋]|和|及|与");
    /** Count words that only say "the number of": 结案数 is the 结案 count. */
    private static final Pattern COUNT_SUFFIX = Pattern.compile("(?:案件数|件数|人数|总数|总量|数量|数|量)$");

    private WrittenDefinition() {
    }

    /** The parenthesised definition between a rate's name and its figure, when there is one. */
    static Optional<String> in(ProseUnit unit, Claim claim) {
        String text = unit.text();
        int nameEnd = claim.start() + claim.phrase().length();
        int figure = unit.figures().get(claim.figure()).start();
        if (nameEnd >= figure) {
            return Optional.empty();
        }
        String between = text.substring(nameEnd, figure).strip();
        between = between.replaceAll("(?:为|是|达|达到|：|:)+$", "").strip();
        if (between.length() < 3 || !(between.startsWith("（") || between.startsWith("("))
                || !(between.endsWith("）") || between.endsWith(")"))) {
            return Optional.empty();
        }
        return Optional.of(between.substring(1, between.length() - 1).strip());
    }

    /**
     * The way of computing the written definition: "A/B", "(A+B)÷(C−D)"; a bare list "A、B、C" is the
     * numerator over the library's denominator (when the library knows the rate). Empty when the
     * words cannot be read as counts.
     */
    static Optional<Form> parse(String written, Optional<RateDefinition> known) {
        String s = TIMES_HUNDRED.matcher(written).replaceFirst("");
        String[] sides = DIVIDE.split(s);
        if (sides.length == 2) {
            List<Term> numerator = terms(sides[0], false);
            List<Term> denominator = terms(sides[1], true);
            if (numerator.isEmpty() || denominator.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Form(numerator, denominator));
        }
        if (sides.length == 1 && known.isPresent()) {
            List<Term> numerator = terms(sides[0], false);
            if (numerator.size() < 2) {
                return Optional.empty();
            }
            // every listed count is in the numerator, as the text says: none is optional
            return Optional.of(new Form(numerator, known.get().forms().get(0).denominator()));
        }
        return Optional.empty();
    }

    private static List<Term> terms(String side, boolean allowMinus) {
        String inner = side.strip();
        if ((inner.startsWith("（") || inner.startsWith("(")) && (inner.endsWith("）") || inner.endsWith(")"))) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<Term> terms = new ArrayList<>();
        String[] minus = inner.split("[−\\-－]");
        if (minus.length > 2 || (minus.length == 2 && !allowMinus)) {
            return List.of();
        }
        for (int k = 0; k < minus.length; k++) {
            for (String word : LIST.split(minus[k])) {
                String w = COUNT_SUFFIX.matcher(word.strip()).replaceFirst("");
                if (w.isEmpty() || !w.codePoints().allMatch(Character::isIdeographic)) {
                    return List.of();
                }
                Term t = Term.of(w, w);
                terms.add(k == 1 ? t.asNegative() : t);
            }
        }
        return terms;
    }
}
