package org.nianbao.importing;

import org.nianbao.model.WrittenNumber;
import org.nianbao.text.HeadingMarker;

/**
 * One paragraph of the source file before its role is known.
 *
 * @param text         the paragraph text
 * @param outlineLevel heading level 1..4 the file states (a Word heading style or outline level);
 *                     0 when the file says nothing and only the text markers can tell
 * @param titleStyled  the paragraph carries Word's Title style
 * @param line         1-based place in the file: its line in a text file, its paragraph in a Word
 *                     file; 0 when unknown
 * @param inWord       {@code line} counts Word paragraphs
 * @param listNumbered the marker in front of the text was put there by Word's list numbering, not
 *                     typed: its value is not what the file shows
 */
record SourceLine(String text, int outlineLevel, boolean titleStyled, int line, boolean inWord,
                  boolean listNumbered) {

    SourceLine(String text, int outlineLevel, boolean titleStyled) {
        this(text, outlineLevel, titleStyled, 0, false, false);
    }

    static SourceLine plain(String text) {
        return new SourceLine(text, 0, false);
    }

    SourceLine withText(String newText) {
        return new SourceLine(newText, outlineLevel, titleStyled, line, inWord, listNumbered);
    }

    SourceLine at(int newLine, boolean word) {
        return new SourceLine(text, outlineLevel, titleStyled, newLine, word, listNumbered);
    }

    /** The heading number as the file writes it, where it is; null when typed by a list format or unknown. */
    WrittenNumber writtenNumber() {
        if (listNumbered || line < 1) {
            return null;
        }
        return HeadingMarker.parse(text)
                .map(m -> new WrittenNumber(text.substring(0, m.length()).replaceAll("[ 　]", ""), line, inWord))
                .orElse(null);
    }
}
