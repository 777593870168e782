package org.nianbao.ui.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure as the officer types it. Full-width digits from a Chinese input method (１２３．５) count
 * as digits; an empty field means "not known yet". Anything else is refused with the reason.
 */
public final class NumberInput {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumberInput() {
    }

    /** The value, or empty for a blank field; throws {@link NotANumber} for anything else. */
    public static Optional<BigDecimal> parse(String typed) {
        String normal = normalize(typed);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        if (!NUMBER.matcher(normal).matches()) {
            throw new NotANumber(typed);
        }
        return Optional.of(new BigDecimal(normal));
    }

    /** True when {@link #parse} accepts the text. */
    public static boolean accepts(String typed) {
        try {
            parse(typed);
            return true;
        } catch (NotANumber e) {
            return false;
        }
    }

    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '－') {
                sb.append('-');
            } else if (c != ',' && c != '，') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What was typed is not a number. */
    public static final class NotANumber extends RuntimeException {
        private final String typed;

        NotANumber(String typed) {
            super("not a number: " + typed);
            this.typed = typed;
        }

        public String typed() {
            return typed;
        }
    }
}
