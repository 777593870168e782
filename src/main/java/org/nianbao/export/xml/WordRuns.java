package org.nianbao.export.xml;

import org.nianbao.text.XmlText;

/**
 * Text as WordprocessingML runs. Word draws a character of ambiguous width (quotes, dashes, ①, ℃,
 * ×, §, °, ± …) in the Latin font unless the run says otherwise: a run holding one gets
 * {@code w:hint="eastAsia"} so Word and WPS draw it full-width in the Chinese font.
 */
public final class WordRuns {

    private WordRuns() {
    }

    public static boolean hasAmbiguousWidth(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isAmbiguousWidth(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters whose font Word picks by the run's hint (ECMA-376 Part 1, 17.3.2.26): the
     * Latin-1 symbols that GB 2312 also has (¤ § ¨ ° ± · × ÷ …), and everything from General
     * Punctuation to the CJK radicals, U+2000–U+2EFF (“ ” — … ‰ ℃ Ⅰ → ≥ ① ■ ★ ※ …).
     */
    public static boolean isAmbiguousWidth(char c) {
        if (c >= 0x2000) {
            return c <= 0x2EFF;
        }
        if (c < 0xA1) {
            return false;
        }
        return switch (c) {
            case '\u00A1', '\u00A4', '\u00A7', '\u00A8', '\u00AA', '\u00AD', '\u00AF', '\u00D7', '\u00F7' -> true;
            default -> (c >= 0xB0 && c <= 0xB4) || (c >= 0xB6 && c <= 0xBA) || (c >= 0xBC && c <= 0xBF);
        };
    }

    /**
     * One run with an optional character style; tabs and line breaks become w:tab and w:br, a
     * carriage return a line break too (dropped before a newline or at the end), and what XML forbids
     * is dropped.
     */
    public static void appendRun(StringBuilder out, String text, String characterStyleId) {
        appendRunWith(out, text, characterStyleId == null ? new RunProperties() : new RunProperties().style(characterStyleId));
    }

    /** One run with these properties (and the eastAsia hint when the text needs it). */
    public static void appendRunWith(StringBuilder out, String text, RunProperties rPr) {
        if (text.isEmpty()) {
            return;
        }
        // one pass decides what the text needs, so plain text (most of a report) is copied whole
        boolean hint = false;
        boolean special = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x3000) {
                if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == ' ' || c == 0x7F) {
                    special = true;
                } else if (isAmbiguousWidth(c)) {
                    hint = true;
                }
            } else if (c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
                special = true;
            }
        }
        out.append("<w:r>");
        if (hint) {
            rPr.eastAsiaHint();
        }
        rPr.appendTo(out);
        if (!special) {
            out.append("<w:t>").append(text).append("</w:t></w:r>");
            return;
        }
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                appendText(out, text, from, i);
                from = i + 1;
                if (c == '\t') {
                    out.append("<w:tab/>");
                } else if (c == '\n' || (i + 1 < n && text.charAt(i + 1) != '\n')) {
                    out.append("<w:br/>");
                }
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
    public static void appendParagraph(StringBuilder out, String paragraphStyleId, String text) {
        out.append("<w:p>");
        new ParagraphProperties().style(paragraphStyleId).appendTo(out);
        appendRun(out, text, null);
        out.append("</w:p>");
    }
}
