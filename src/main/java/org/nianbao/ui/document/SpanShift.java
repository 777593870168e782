package org.nianbao.ui.document;

import java.util.Optional;

/**
 * Carries a span of a text checked a moment ago over to the text as it is now, so a figure's highlight
 * stays on its figure while the next check is pending. Whatever lies before the first changed character
 * stays put, whatever lies after the last one moves by the change in length, and a span the edit touched
 * or adjoins (a digit typed next to a figure makes another figure) has no place until the next check
 * says where it is.
 */
final class SpanShift {

    private final int oldLength;
    private final int prefix;
    private final int suffix;
    private final int delta;
    private final boolean same;

    SpanShift(String checked, String now) {
        int max = Math.min(checked.length(), now.length());
        int p = 0;
        while (p < max && checked.charAt(p) == now.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < max - p && checked.charAt(checked.length() - 1 - s) == now.charAt(now.length() - 1 - s)) {
            s++;
        }
        this.oldLength = checked.length();
        this.prefix = p;
        this.suffix = s;
        this.delta = now.length() - checked.length();
        this.same = checked.equals(now);
    }

    /** The span's start in the text now, or empty when the edit touched it. */
    Optional<Integer> startOf(int start, int end) {
        if (same || end < prefix) {
            return Optional.of(start);
        }
        if (start > oldLength - suffix) {
            return Optional.of(start + delta);
        }
        return Optional.empty();
    }
}
