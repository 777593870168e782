package org.nianbao.layout;

/**
 * Text of one face in a paragraph being laid out, with the report location of its first character.
 *
 * @param font        the Chinese face
 * @param latinDigits ASCII characters print in Times New Roman (body text) rather than in the face
 * @param size        in points
 */
record Span(String text, FontRole font, boolean latinDigits, double size, int color, TextLocation at) {

    static final int BLACK = 0x000000;
    static final int RED = 0xFF0000;

    static Span body(String text, TextLocation at) {
        return new Span(text, FontRole.BODY, true, 16, BLACK, at);
    }

    FontRole fontOf(char c) {
        return latinDigits && c < 0x80 ? FontRole.LATIN : font;
    }
}
