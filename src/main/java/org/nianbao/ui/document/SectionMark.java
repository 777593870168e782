package org.nianbao.ui.document;

/**
 * A mark on a section's stored text, placed by section rather than by area paragraph so it finds its
 * place after a reload: {@code field} 0 is the heading, i the section's paragraph i - 1.
 */
public record SectionMark(long section, int field, TextMark mark) {
}
