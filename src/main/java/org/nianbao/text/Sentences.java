package org.nianbao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences for the figure checks: a sentence ends at 。！？ or at a
 * semicolon (；;), because reports chain whole statements with semicolons.
 */
public final class Sentences {

    private Sentences() {
    }

    /** A sentence as [start, end) offsets in the paragraph. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    public static List<Span> split(String text) {
        return split(text, true);
    }

    /** Full sentences only (。！？), semicolons kept inside: a 其中 list may run over them. */
    public static List<Span> splitFull(String text) {
        return split(text, false);
    }

    private static List<Span> split(String text, boolean atSemicolons) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isEnd(text.charAt(i), atSemicolons)) {
                spans.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            spans.add(new Span(start, text.length()));
        }
        return spans;
    }

    private static boolean isEnd(char c, boolean atSemicolons) {
        return switch (c) {
            case '。', '！', '？', '!', '?', '\n' -> true;
            case '；', ';' -> atSemicolons;
            default -> false;
        };
    }
}
