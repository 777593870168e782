package org.nianbao.check;

import java.util.List;

/**
 * What a named rate divides by what (DOMAIN.md, "Rates"), in the words reports use, so the checker
 * and the officer can link a stated rate to its counts.
 *
 * @param name                the usual name, e.g. 办结率
 * @param aliases             other names ending the same phrase (the name included), longest first
 * @param forms               ways of computing it; the first that can be filled is used
 * @param exclude             words that, nearest to a count, mean it is none of the inputs (应参考 is
 *                            not who sat the exam)
 * @param bounded             a share of a whole: never above 100%, numerator never above denominator
 * @param definitionDependent reports define it differently (败诉率: withdrawn cases in or out): a
 *                            disagreement is a warning, not an error
 * @param description         the definition in Chinese, for messages and the UI
 */
public record RateDefinition(String name, List<String> aliases, List<Form> forms, List<String> exclude,
                             boolean bounded, boolean definitionDependent, String description) {

    public RateDefinition {
        aliases = List.copyOf(aliases);
        forms = List.copyOf(forms);
        exclude = List.copyOf(exclude);
    }

    /** numerator terms summed ÷ denominator terms summed (with signs) × 100. */
    public record Form(List<Term> numerator, List<Term> denominator) {
        public Form {
            numerator = List.copyOf(numerator);
            denominator = List.copyOf(denominator);
        }
    }

    /**
     * One count of a formula.
     *
     * @param label    how the finding names it (办结, 受理…)
     * @param keywords words written next to the count
     * @param negative subtracted (旧存 in 结收比)
     * @param optional may be absent from the text (驳回 in 维持率): the rate is then computed without
     *                 it, but a mismatch is reported only when every term was found; when the text
     *                 gives it, it is always used (结收比 never ignores the 旧存 it was told)
     */
    public record Term(String label, List<String> keywords, boolean negative, boolean optional) {
        public Term {
            keywords = List.copyOf(keywords);
        }

        static Term of(String label, String... keywords) {
            return new Term(label, List.of(keywords), false, false);
        }

        Term asOptional() {
            return new Term(label, keywords, negative, true);
        }

        Term asNegative() {
            return new Term(label, keywords, true, optional);
        }
    }
}
