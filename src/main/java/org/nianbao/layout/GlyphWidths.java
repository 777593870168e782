package org.nianbao.layout;

/**
 * How wide a character is in a face, in em (1.0 is a full-width Chinese character).
 */
@FunctionalInterface
public interface GlyphWidths {

    /** The advance of {@code ch} in the face of {@code role}, in em. */
    double em(FontRole role, char ch);

    /**
     * Widths without any font file: Chinese characters and full-width marks one em, everything else
     * half an em. For tests that must not depend on the fonts installed, and the last resort.
     */
    static GlyphWidths fixed() {
        return (role, ch) -> CharClass.fullWidth(ch) ? 1.0 : 0.5;
    }
}
