package org.nianbao.export;

/**
 * Text as WordprocessingML runs. Quotes, dashes and ellipses are ambiguous-width characters: a run
 * holding one gets {@code w:hint="eastAsia"} so Word and WPS draw it full-width in the Chinese font.
 */
final class WordRuns {

    private WordRuns() {
    }

    static boolean hasAmbiguousWidth(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isAmbiguousWidth(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAmbiguousWidth(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201C', '\u201D', // ‘ ’ “ ”
                 '\u2013', '\u2014', '\u2015', '\u2026', // – — ― …
                 '\u00B7', '\u2025', '\u2022' -> true;   // · ‥ •
            default -> false;
        };
    }

    /** One run with an optional character style; tabs and line breaks become w:tab and w:br. */
    static void appendRun(StringBuilder out, String text, String characterStyleId) {
        if (text.isEmpty()) {
            return;
        }
        // one pass decides what the text needs, so plain text (most of a report) is copied whole
        boolean hint = false;
        boolean special = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3000) {
                if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == ' ') {
                    special = true;
                } else if (isAmbiguousWidth(c)) {
                    hint = true;
                }
            }
        }
        out.append("<w:r>");
        if (characterStyleId != null || hint) {
            RunProperties rPr = new RunProperties();
            if (characterStyleId != null) {
                rPr.style(characterStyleId);
            }
            if (hint) {
                rPr.eastAsiaHint();
            }
            rPr.appendTo(out);
        }
        if (!special) {
            out.append("<w:t>").append(text).append("</w:t></w:r>");
            return;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n') {
                appendText(out, text, from, i);
                out.append(c == '\t' ? "<w:tab/>" : "<w:br/>");
                from = i + 1;
            }
        }
        appendText(out, text, from, text.length());
        out.append("</w:r>");
    }

    private static void appendText(StringBuilder out, String text, int from, int to) {
        if (from >= to) {
            return;
        }
        boolean preserve = text.charAt(from) == ' ' || text.charAt(to - 1) == ' ';
        out.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        XmlText.appendEscaped(out, text.subSequence(from, to));
        out.append("</w:t>");
    }

    /** A paragraph of one style holding one run of text (or none: a blank line). */
    static void appendParagraph(StringBuilder out, String paragraphStyleId, String text) {
        out.append("<w:p>");
        new ParagraphProperties().style(paragraphStyleId).appendTo(out);
        appendRun(out, text, null);
        out.append("</w:p>");
    }
}
