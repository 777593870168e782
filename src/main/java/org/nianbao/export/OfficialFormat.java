package org.nianbao.export;

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
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    /** 37 mm; the twips are those of FORMAT.md (1 mm = 56.69 twips, rounded). */
    public static final int MARGIN_TOP = 2098;
    /** 35 mm. */
    public static final int MARGIN_BOTTOM = 1984;
    /** 28 mm (订口). */
    public static final int MARGIN_LEFT = 1588;
    /** 26 mm. */
    public static final int MARGIN_RIGHT = 1474;
    /** 版心: 156 × 225 mm. */
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    public static final int TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

    // ---- the grid: 22 lines of 28 characters fill the text area
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 225 mm / 22 = 28.95 pt; every line of text is exactly this high. */
    public static final int LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;
    /**
     * 156 mm / 28 = 15.79 pt is less than a 16 pt character, so text is condensed by 0.25 pt
     * (in twentieths of a point): 15.75 pt a character gives 28 a line in Word, WPS and LibreOffice.
     */
    public static final int CHARACTER_CONDENSE = -5;
    /** The document grid: "lines" (line grid only), measured to give 22 × 28 with the condensing. */
    public static final String GRID_TYPE = "lines";
    /** For a "linesAndChars" grid: (character pitch − 16 pt) × 4096, in 1/4096 pt. */
    public static final int GRID_CHAR_SPACE = (int) Math.round(
            ((double) (PAGE_WIDTH - 1588 - 1474) / CHARS_PER_LINE / 20 - 16) * 4096);

    // ---- font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 初号 42 pt
    public static final int SIZE_2HAO = 44;
    public static final int SIZE_3HAO = 32;
    public static final int SIZE_4HAO = 28;
    /** The issuer mark: the standard leaves its size to the office, under 22 × 15 mm a character. */
    public static final int SIZE_ISSUER_MARK = 84;

    /** One character of body text (3号) in twips: the unit of every indent "N characters in". */
    public static final int BODY_CHAR = SIZE_3HAO * 10;
    /** One character of 4号 text (page number, end block). */
    public static final int SMALL_CHAR = SIZE_4HAO * 10;

    // ---- fonts, by the names government templates use
    public static final String FONT_TITLE = "方正小标宋简体";
    public static final String FONT_BODY = "仿宋_GB2312";
    public static final String FONT_HEADING_1 = "黑体";
    public static final String FONT_HEADING_2 = "楷体_GB2312";
    public static final String FONT_PAGE_NUMBER = "宋体";
    /** Digits and Latin letters in body text. */
    public static final String FONT_LATIN = "Times New Roman";
    /** The faces that ship with Windows, for the font scheme of a reviewer without the GB2312 faces. */
    public static final String FONT_BODY_WINDOWS = "仿宋";
    public static final String FONT_HEADING_2_WINDOWS = "楷体";
    public static final String FONT_TITLE_WINDOWS = "宋体";

    public static final String COLOR_BLACK = "000000";
    /** The red of the issuer mark and the separator line. */
    public static final String COLOR_RED = "FF0000";

    // ---- title: 2号 小标宋 centred, at most this many characters a line before it wraps
    public static final int TITLE_CHARS_PER_LINE = TEXT_WIDTH / (SIZE_2HAO * 10 + CHARACTER_CONDENSE);

    // ---- body: first-line indent 2 characters (Word/WPS read the Chars value, LibreOffice the twips)
    public static final int FIRST_LINE_CHARS = 200;
    public static final int FIRST_LINE_INDENT = 2 * BODY_CHAR;

    // ---- closing block: issuer 2 characters in from the right (unsealed), date 4 in (sealed)
    public static final int UNSEALED_ISSUER_RIGHT_CHARS = 2;
    /** Unsealed: the date starts this many characters right of the issuer's first character. */
    public static final int UNSEALED_DATE_SHIFT_CHARS = 2;
    public static final int SEALED_DATE_RIGHT_CHARS = 4;
    /** Blank lines between the body and the issuer; a sealed document leaves room for the seal. */
    public static final int UNSEALED_BLANK_LINES = 1;
    public static final int SEALED_BLANK_LINES = 2;

    // ---- header block (版头)
    /** The issuer mark's top edge lies 35 mm below the top of the text area. */
    public static final int ISSUER_MARK_TOP = mm(35);
    public static final int ISSUER_MARK_LINE = SIZE_ISSUER_MARK * 10;
    /** Blank lines between the issuer mark and the document number (发文字号). */
    public static final int BLANK_LINES_AFTER_MARK = 2;
    /** The red separator line lies 4 mm below the document number. */
    public static final int SEPARATOR_GAP = mm(4);
    /**
     * Height of the paragraph that carries the separator as its bottom border: the document number's
     * grid line already leaves half of (line pitch − character) below the characters.
     */
    public static final int SEPARATOR_PARAGRAPH = SEPARATOR_GAP - (LINE_PITCH - BODY_CHAR) / 2;
    /** Width of the red separator; the standard does not prescribe one (eighths of a point). */
    public static final int SEPARATOR_WIDTH = 12;
    /** Blank lines between the red separator and the title. */
    public static final int BLANK_LINES_AFTER_SEPARATOR = 2;
    /** Document number and signer: 1 character in from either side for a document sent upward. */
    public static final int DOCUMENT_NUMBER_INSET = BODY_CHAR;

    // ---- end block (版记): 4号, rules as wide as the text area, 1 character in on both sides
    /** 0.35 mm ≈ 1 pt: the first and the last rule (eighths of a point). */
    public static final int END_RULE_THICK = 8;
    /** 0.25 mm ≈ 0.75 pt: the rules between. */
    public static final int END_RULE_THIN = 6;
    public static final int END_BLOCK_INSET = SMALL_CHAR;
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
    public static final String PAGE_NUMBER_DASH = "\u2014";
    public static final int PAGE_NUMBER_INSET = SMALL_CHAR;
    public static final int PAGE_NUMBER_LINE = 400;
    /** Footer distance from the bottom edge, so that the middle of the number line is 7 mm below. */
    public static final int FOOTER_DISTANCE = MARGIN_BOTTOM - mm(7) - PAGE_NUMBER_LINE / 2;
    public static final int HEADER_DISTANCE = mm(15);

    // ---- attachments: "附件N" on the first line, the attachment title on the third
    public static final int BLANK_LINES_BEFORE_ATTACHMENT_TITLE = 1;
}
