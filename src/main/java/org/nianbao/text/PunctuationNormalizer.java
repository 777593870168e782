package org.nianbao.text;

/**
 * Turns half-width punctuation pasted into Chinese prose into its full-width form: , ( ) : ; ! ?
 * become ，（）：；！？ — but only next to Chinese text, so figures and Latin text keep theirs
 * ("3.5%", "1,234", "12:30", "Word (2016)"). The full stop '.' is never touched: it is the decimal
 * point and the level-3 heading marker "1.".
 *
 * <p>A bracket pair is converted as a whole when it holds Chinese text or touches it directly on
 * either side, so "镇(街道)" and "(一)" and "(1)加强" all get full-width brackets. Spaces hugging a
 * converted mark are dropped, as full-width marks carry their own spacing.
 */
public final class PunctuationNormalizer {

    private PunctuationNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        // a converted mark makes its neighbour Chinese context too ("%;?" before 。): repeat while
        // half-width marks remain and change, so normalizing twice gives the same text as once
        String current = text;
        while (hasCandidate(current)) {
            String next = normalizeOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String normalizeOnce(String text) {
        char[] out = text.toCharArray();
        boolean[] converted = new boolean[out.length];
        convertBrackets(text, out, converted);
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char full = fullWidthOf(c);
            if (full != 0 && c != '(' && c != ')' && isNextToChinese(text, i, i)) {
                out[i] = full;
                converted[i] = true;
            }
        }
        return dropSpacesAround(out, converted);
    }

    /** Chinese text for this purpose: Han characters, CJK and full-width punctuation, Chinese quotes. */
    public static boolean isChinese(char c) {
        if (c >= 0x3000 && c <= 0x303F) {
            return c != 0x3000; // CJK punctuation, but not the ideographic space
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return !isAsciiAlnumFullWidth(c); // full-width punctuation
        }
        if (c >= 0x2018 && c <= 0x201D) {
            return true; // ‘ ’ “ ”
        }
        if (c == '…' || c == '—' || c == '·') {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isAsciiAlnumFullWidth(char c) {
        return (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    private static boolean hasCandidate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (fullWidthOf(text.charAt(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static char fullWidthOf(char c) {
        return switch (c) {
            case ',' -> '，';
            case '(' -> '（';
            case ')' -> '）';
            case ':' -> '：';
            case ';' -> '；';
            case '!' -> '！';
            case '?' -> '？';
            default -> 0;
        };
    }

    /** Pairs brackets (nesting allowed); converts a pair when it touches Chinese; a lone one by its neighbours. */
    private static void convertBrackets(String text, char[] out, boolean[] converted) {
        int[] stack = new int[16];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth == stack.length) {
                    stack = java.util.Arrays.copyOf(stack, depth * 2);
                }
                stack[depth++] = i;
            } else if (c == ')') {
                if (depth == 0) {
                    convertIf(touchesChinese(text, i, i), i, out, converted);
                } else {
                    int open = stack[--depth];
                    boolean chinese = touchesChinese(text, open, i) || containsChinese(text, open + 1, i);
                    convertIf(chinese, open, out, converted);
                    convertIf(chinese, i, out, converted);
                }
            }
        }
        for (int k = 0; k < depth; k++) {
            convertIf(touchesChinese(text, stack[k], stack[k]), stack[k], out, converted);
        }
    }

    private static void convertIf(boolean condition, int at, char[] out, boolean[] converted) {
        if (condition) {
            out[at] = fullWidthOf(out[at]);
            converted[at] = true;
        }
    }

    private static boolean containsChinese(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isChinese(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Brackets count as Chinese only when they touch Chinese text directly: "Word (2016) 排版"
     * keeps its Latin brackets, "(1)加强" does not.
     */
    private static boolean touchesChinese(String text, int from, int to) {
        return (from > 0 && isChinese(text.charAt(from - 1)))
                || (to + 1 < text.length() && isChinese(text.charAt(to + 1)));
    }

    /** Whether the nearest non-space character before {@code from} or after {@code to} is Chinese. */
    private static boolean isNextToChinese(String text, int from, int to) {
        int before = from - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = to + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return (before >= 0 && isChinese(text.charAt(before)))
                || (after < text.length() && isChinese(text.charAt(after)));
    }

    private static String dropSpacesAround(char[] out, boolean[] converted) {
        StringBuilder sb = new StringBuilder(out.length);
        for (int i = 0; i < out.length; i++) {
            if (out[i] == ' ' && (touchesConverted(out, converted, i, -1) || touchesConverted(out, converted, i, 1))) {
                continue;
            }
            sb.append(out[i]);
        }
        return sb.toString();
    }

    private static boolean touchesConverted(char[] out, boolean[] converted, int i, int step) {
        int j = i;
        while (j >= 0 && j < out.length && out[j] == ' ') {
            j += step;
        }
        return j >= 0 && j < out.length && converted[j];
    }
}
