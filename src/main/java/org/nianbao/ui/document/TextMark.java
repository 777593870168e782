package org.nianbao.ui.document;

/**
 * A span of a section's body to highlight, with the words shown on hover. Offsets count in the
 * editor's text, where paragraphs are joined by one line break.
 */
public record TextMark(int start, int end, String styleClass, String hint) {
}
