package org.nianbao.export;

import org.nianbao.format.GongwenPage;

/**
 * Every number of GB/T 9704-2012 《党政机关公文格式》 that the Word export applies, in the units Word
 * stores them in: twips (1/20 pt; 1 mm = 56.69 twips), half-points for font sizes, eighths of a point
 * for border widths. The template builder and the exporter read them from here and nowhere else.
 */
public final class OfficialFormat {

    private OfficialFormat() {
    }

    /** Twips in a millimetre, rounded where used. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    // ---- page (A4) and margins: 天头 37 mm, 订口 28 mm
    public static final int PAGE_WIDTH = GongwenPage.PAGE_WIDTH;
    public static final int PAGE_HEIGHT = GongwenPage.PAGE_HEIGHT;
    /** 37 mm; the twips are those of FORMAT.md (1 mm = 56.69 twips, rounded). */
    public static final int MARGIN_TOP = GongwenPage.MARGIN_TOP;
    /** 35 mm. */
    public static final int MARGIN_BOTTOM = GongwenPage.MARGIN_BOTTOM;
    /** 28 mm (订口). */
    public static final int MARGIN_LEFT = GongwenPage.MARGIN_LEFT;
    /** 26 mm. */
    public static final int MARGIN_RIGHT = GongwenPage.MARGIN_RIGHT;
    /** 版心: 156 × 225 mm. */
    public static final int TEXT_WIDTH = GongwenPage.TEXT_WIDTH;
    public static final int TEXT_HEIGHT = GongwenPage.TEXT_HEIGHT;

    // ---- the grid: 22 lines of 28 characters fill the text area
    public static final int LINES_PER_PAGE = GongwenPage.LINES_PER_PAGE;
    public static final int CHARS_PER_LINE = GongwenPage.CHARS_PER_LINE;
    /** 225 mm / 22 = 28.95 pt; every line of text is exactly this high. */
    public static final int LINE_PITCH = GongwenPage.LINE_PITCH;
    /**
     * 156 mm / 28 = 15.79 pt is less than a 16 pt character, so text is condensed by 0.25 pt
     * (in twentieths of a point): 15.75 pt a character gives 28 a line in Word, WPS and LibreOffice.
     */
    public static final int CHARACTER_CONDENSE = GongwenPage.CHARACTER_CONDENSE;
    /** The document grid: "lines" (line grid only), measured to give 22 × 28 with the condensing. */
    public static final String GRID_TYPE = "lines";
    /** For a "linesAndChars" grid: (character pitch − 16 pt) × 4096, in 1/4096 pt. */
    public static final int GRID_CHAR_SPACE = (int) Math.round(
            ((double) (PAGE_WIDTH - 1588 - 1474) / CHARS_PER_LINE / 20 - 16) * 4096);

    // ---- font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 初号 42 pt
    public static final int SIZE_2HAO = GongwenPage.SIZE_2HAO;
    public static final int SIZE_3HAO = GongwenPage.SIZE_3HAO;
    public static final int SIZE_4HAO = GongwenPage.SIZE_4HAO;
    /** The issuer mark: the standard leaves its size to the office, under 22 × 15 mm a character. */
    public static final int SIZE_ISSUER_MARK = GongwenPage.SIZE_ISSUER_MARK;

    /** One character of body text (3号) in twips: the unit of every indent "N characters in". */
    public static final int BODY_CHAR = GongwenPage.BODY_CHAR;
    /** One character of 4号 text (page number, end block). */
    public static final int SMALL_CHAR = GongwenPage.SMALL_CHAR;

    // ---- fonts, by the names government templates use
    public static final String FONT_TITLE = GongwenPage.FONT_TITLE;
    public static final String FONT_BODY = GongwenPage.FONT_BODY;
    public static final String FONT_HEADING_1 = GongwenPage.FONT_HEADING_1;
    public static final String FONT_HEADING_2 = GongwenPage.FONT_HEADING_2;
    public static final String FONT_PAGE_NUMBER = GongwenPage.FONT_PAGE_NUMBER;
    /** Digits and Latin letters in body text. */
    public static final String FONT_LATIN = GongwenPage.FONT_LATIN;
    /** The faces that ship with Windows, for the font scheme of a reviewer without the GB2312 faces. */
    public static final String FONT_BODY_WINDOWS = "仿宋";
    public static final String FONT_HEADING_2_WINDOWS = "楷体";
    public static final String FONT_TITLE_WINDOWS = "宋体";

    public static final String COLOR_BLACK = "000000";
    /** The red of the issuer mark and the separator line. */
    public static final String COLOR_RED = "FF0000";

    // ---- title: 2号 小标宋 centred, at most this many characters a line before it wraps
    public static final int TITLE_CHARS_PER_LINE = GongwenPage.TITLE_CHARS_PER_LINE;

    // ---- body: first-line indent 2 characters (Word/WPS read the Chars value, LibreOffice the twips)
    public static final int FIRST_LINE_CHARS = 200;
    public static final int FIRST_LINE_INDENT = GongwenPage.FIRST_LINE_INDENT;

    // ---- closing block: issuer 2 characters in from the right (unsealed), date 4 in (sealed)
    public static final int UNSEALED_ISSUER_RIGHT_CHARS = GongwenPage.UNSEALED_ISSUER_RIGHT_CHARS;
    /** Unsealed: the date starts this many characters right of the issuer's first character. */
    public static final int UNSEALED_DATE_SHIFT_CHARS = GongwenPage.UNSEALED_DATE_SHIFT_CHARS;
    public static final int SEALED_DATE_RIGHT_CHARS = GongwenPage.SEALED_DATE_RIGHT_CHARS;
    /** Blank lines between the body and the issuer; a sealed document leaves room for the seal. */
    public static final int UNSEALED_BLANK_LINES = GongwenPage.UNSEALED_BLANK_LINES;
    public static final int SEALED_BLANK_LINES = GongwenPage.SEALED_BLANK_LINES;

    // ---- header block (版头)
    /** The issuer mark's top edge lies 35 mm below the top of the text area. */
    public static final int ISSUER_MARK_TOP = GongwenPage.ISSUER_MARK_TOP;
    public static final int ISSUER_MARK_LINE = GongwenPage.ISSUER_MARK_LINE;
    /** Blank lines between the issuer mark and the document number (发文字号). */
    public static final int BLANK_LINES_AFTER_MARK = GongwenPage.BLANK_LINES_AFTER_MARK;
    /** The red separator line lies 4 mm below the document number. */
    public static final int SEPARATOR_GAP = GongwenPage.SEPARATOR_GAP;
    /**
     * Height of the paragraph that carries the separator as its bottom border: the document number's
     * grid line already leaves half of (line pitch − character) below the characters.
     */
    public static final int SEPARATOR_PARAGRAPH = GongwenPage.SEPARATOR_PARAGRAPH;
    /** Width of the red separator; the standard does not prescribe one (eighths of a point). */
    public static final int SEPARATOR_WIDTH = 12;
    /** Blank lines between the red separator and the title. */
    public static final int BLANK_LINES_AFTER_SEPARATOR = GongwenPage.BLANK_LINES_AFTER_SEPARATOR;
    /** Document number and signer: 1 character in from either side for a document sent upward. */
    public static final int DOCUMENT_NUMBER_INSET = GongwenPage.DOCUMENT_NUMBER_INSET;

    // ---- end block (版记): 4号, rules as wide as the text area, 1 character in on both sides
    /** 0.35 mm ≈ 1 pt: the first and the last rule (eighths of a point). */
    public static final int END_RULE_THICK = 8;
    /** 0.25 mm ≈ 0.75 pt: the rules between. */
    public static final int END_RULE_THIN = 6;
    public static final int END_BLOCK_INSET = GongwenPage.END_BLOCK_INSET;
    /** The end-block table's rules add to its height (0.35 + 0.25 + 0.35 mm, rounded up). */
    public static final int END_RULES_HEIGHT = 60;
    /** The paragraph Word requires after a table, kept 1 pt high. */
    public static final int END_TAIL_LINE = 20;
    /**
     * Room left above the end block (5 pt): LibreOffice lays the table out a little taller than its
     * rows and rules add up to, and the block must never spill onto a page of its own.
     */
    public static final int END_BLOCK_SLACK = 100;

    // ---- page numbers: 4号 宋体 "— 1 —", 1 character in, the dash line 7 mm below the text area
    public static final String PAGE_NUMBER_DASH = GongwenPage.PAGE_NUMBER_DASH;
    public static final int PAGE_NUMBER_INSET = GongwenPage.PAGE_NUMBER_INSET;
    public static final int PAGE_NUMBER_LINE = 400;
    /** Footer distance from the bottom edge, so that the middle of the number line is 7 mm below. */
    public static final int FOOTER_DISTANCE = MARGIN_BOTTOM - mm(7) - PAGE_NUMBER_LINE / 2;
    public static final int HEADER_DISTANCE = mm(15);

    // ---- attachments: "附件N" on the first line, the attachment title on the third
    public static final int BLANK_LINES_BEFORE_ATTACHMENT_TITLE = GongwenPage.BLANK_LINES_BEFORE_ATTACHMENT_TITLE;
}
