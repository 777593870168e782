package org.nianbao.importing;

/**
 * One paragraph of the source file before its role is known.
 *
 * @param text         the paragraph text
 * @param outlineLevel heading level 1..4 the file states (a Word heading style or outline level);
 *                     0 when the file says nothing and only the text markers can tell
 * @param titleStyled  the paragraph carries Word's Title style
 */
record SourceLine(String text, int outlineLevel, boolean titleStyled) {

    static SourceLine plain(String text) {
        return new SourceLine(text, 0, false);
    }

    SourceLine withText(String newText) {
        return new SourceLine(newText, outlineLevel, titleStyled);
    }
}
