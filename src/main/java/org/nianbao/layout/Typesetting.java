package org.nianbao.layout;

/**
 * The few choices in which renderers of the same .docx differ, so that the layout can follow Word
 * (the officers' renderer) and still be measured against LibreOffice (the only renderer here).
 *
 * @param hangingPunctuation a closing mark that no longer fits hangs in the margin (Word's default,
 *                           标点溢出边界, and w:overflowPunct's); LibreOffice 7 pushes the last
 *                           character down with it instead
 * @param asianLatinSpace    room added between a Chinese character and a digit or Latin letter, in
 *                           em: Word honours the template's w:autoSpaceDE/DN = 0 and adds none;
 *                           LibreOffice ignores it and adds about a fifth of an em (measured: 4.4 pt at
 *                           22 pt; 0.22 em fits its line breaks best)
 * @param runInOnOneLine     a run-in heading and its body share a line: Word joins the two paragraphs
 *                           the export writes across the style separator's hidden mark; LibreOffice 7.4
 *                           does not, and sets the heading sentence as a line of its own
 */
public record Typesetting(boolean hangingPunctuation, double asianLatinSpace, boolean runInOnOneLine) {

    /** As Word sets the exported .docx: what the preview, the PDF and the OFD print. */
    public static Typesetting word() {
        return new Typesetting(true, 0, true);
    }

    /** As LibreOffice 7 sets the exported .docx, for the comparison with its rendering. */
    public static Typesetting libreOffice() {
        return new Typesetting(true, 0.22, false);
    }
}
