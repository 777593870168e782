package org.nianbao.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Half-width punctuation (, ; : ? ! ( ) ") next to Chinese text, usually pasted from another file:
 * official documents use the full-width forms. Digits keep theirs (1,234; 9:30). One finding per
 * paragraph, at the first occurrence, with the count, so a pasted paragraph is one item to fix.
 */
final class PunctuationRule implements Rule {
    private static final String HALF = ",;:?!()\"";

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (ProseUnit unit : context.prose()) {
            String text = unit.text();
            int first = -1;
            int count = 0;
            Set<Character> kinds = new LinkedHashSet<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (HALF.indexOf(c) >= 0 && inChinese(text, i)) {
                    if (first < 0) {
                        first = i;
                    }
                    count++;
                    kinds.add(c);
                }
            }
            if (count > 0) {
                StringBuilder chars = new StringBuilder();
                kinds.forEach(k -> chars.append(chars.length() == 0 ? "" : " ").append(k));
                out.add(Findings.violation(RuleId.PUNCTUATION, unit, first, first + 1, "halfWidth", count, chars));
            }
        }
    }

    /** Next to a Chinese character (or full-width punctuation), and not between two digits. */
    private static boolean inChinese(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        return isChinese(before) || isChinese(after) || (text.charAt(i) == '(' && isChinese(peekAfterDigits(text, i)))
                || (text.charAt(i) == ')' && Character.isDigit(before) && isChinese(after));
    }

    private static char peekAfterDigits(String text, int i) {
        int k = i + 1;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k < text.length() ? text.charAt(k) : ' ';
    }

    private static boolean isChinese(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.PUNCTUATION);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.PUNCTUATION, "完善制度，规范执法（试行）；加强监督。"),
                RuleExample.caught(RuleId.PUNCTUATION, "完善制度,规范执法(试行);加强监督。"));
    }
}
