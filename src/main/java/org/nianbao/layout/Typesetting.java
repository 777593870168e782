package org.nianbao.layout;

/**
 * The few choices in which renderers of the same .docx differ, so that the layout can follow Word
 * (the officers' renderer) and still be measured against LibreOffice (the only renderer here).
 * The LibreOffice values were read from its rendering of our exports (glyph positions in the PDF it
 * writes, LibreOffice 7.4) and from its zh-CN locale data.
 *
 * @param hanging          which closing mark that no longer fits hangs in the margin (标点溢出边界)
 * @param lineStartAllowed closing marks of {@link CharClass}'s list that this renderer nevertheless lets
 *                         start a line: LibreOffice's zh-CN list of forbidden line starts lacks the
 *                         ellipsis (…), which Word's Simplified Chinese list (ours) has
 * @param asianLatinSpace  room added between a Chinese character and a digit or Latin letter, in
 *                         em: Word honours the template's w:autoSpaceDE/DN = 0 and adds none;
 *                         LibreOffice ignores it and adds about a fifth of an em (measured: 3.46 pt at
 *                         16 pt, 0.216 em), next to Chinese characters only, not next to full-width
 *                         punctuation ("0；", "（2021", "5”" get none)
 * @param runInOnOneLine   a run-in heading and its body share a line: Word joins the two paragraphs
 *                         the export writes across the style separator's hidden mark; LibreOffice 7.4
 *                         does not, and sets the heading sentence as a line of its own
 */
public record Typesetting(Hanging hanging, String lineStartAllowed, double asianLatinSpace, boolean runInOnOneLine) {

    /** What hangs in the right margin rather than push a character down to the next line. */
    public enum Hanging {
        /**
         * Every closing mark (the 行首禁则 list) unless another closing mark follows it: Word's
         * w:overflowPunct, which the template turns on.
         */
        CLOSING_MARKS,
        /**
         * Only the pause marks 、。，． (LibreOffice's zh-CN "hanging characters"), and only after a
         * Chinese character: LibreOffice formats a run of digits or Latin letters as a portion of its
         * own, and a mark that starts the next portion does not hang ("5.88%。" goes down whole).
         * Other closing marks push the last character down with them.
         */
        PAUSE_MARKS_AFTER_CHINESE,
        /** Nothing hangs: a closing mark that does not fit takes the last character down with it. */
        NONE;

        private static final String PAUSE_MARKS = "、。，．";

        /** Whether {@code mark}, following {@code before} and followed by {@code after} (0 at the end), hangs. */
        boolean hangs(char before, char mark, char after) {
            return switch (this) {
                case CLOSING_MARKS -> CharClass.noLineStart(mark) && !CharClass.noLineStart(after);
                case PAUSE_MARKS_AFTER_CHINESE -> PAUSE_MARKS.indexOf(mark) >= 0 && !CharClass.wordPart(before)
                        && !CharClass.noLineStart(after);
                case NONE -> false;
            };
        }
    }

    /** As Word sets the exported .docx: what the preview, the PDF and the OFD print. */
    public static Typesetting word() {
        return new Typesetting(Hanging.CLOSING_MARKS, "", 0, true);
    }

    /** As LibreOffice 7 sets the exported .docx, for the comparison with its rendering. */
    public static Typesetting libreOffice() {
        return new Typesetting(Hanging.PAUSE_MARKS_AFTER_CHINESE, "…", 0.22, false);
    }

    /** Whether a line may start with {@code c}. */
    boolean mayStartLine(char c) {
        return !CharClass.noLineStart(c) || lineStartAllowed.indexOf(c) >= 0;
    }
}
