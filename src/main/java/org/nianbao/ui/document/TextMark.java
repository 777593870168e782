package org.nianbao.ui.document;

/**
 * A span of a section's body to highlight, with the words shown on hover. Offsets count in the
 * editor's text, where paragraphs are joined by one line break.
 *
 * @param inserted words drawn beside the span's last character (or before its first) that are not
 *                 text: a reviewer's insertion at its place; null when none
 */
public record TextMark(int start, int end, String styleClass, String hint, Inserted inserted) {

    public TextMark(int start, int end, String styleClass, String hint) {
        this(start, end, styleClass, hint, null);
    }

    /** Words drawn in a style class (the reviewer's colour, underlined), before the span or after it. */
    public record Inserted(String words, String styleClass, boolean before) {
    }
}
