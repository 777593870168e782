package org.nianbao.format;

/**
 * The numbers of GB/T 9704-2012 《党政机关公文格式》 that every writer of the official format shares:
 * the page, the grid, the font sizes and the font names. The Word export ({@code export.OfficialFormat})
 * and the page layout ({@code layout}) both read them from here, so a page laid out for the preview or
 * the PDF is the page Word sets. Lengths in twips (1/20 pt; 1 mm = 56.69 twips), sizes in half-points.
 */
public final class GongwenPage {

    private GongwenPage() {
    }

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    public static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    // ---- page (A4) and margins: 天头 37 mm, 订口 28 mm
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = 2098;
    public static final int MARGIN_BOTTOM = 1984;
    public static final int MARGIN_LEFT = 1588;
    public static final int MARGIN_RIGHT = 1474;
    /** 版心: 156 × 225 mm. */
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    public static final int TEXT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

    // ---- the grid: 22 lines of 28 characters fill the text area
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 225 mm / 22 = 28.95 pt; every line of text is exactly this high. */
    public static final int LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;
    /** Every character is condensed by 0.25 pt (in twentieths of a point): 28 of 3号 fill a line. */
    public static final int CHARACTER_CONDENSE = -5;

    // ---- font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt
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

    /** A title line holds at most this many 2号 characters before it wraps. */
    public static final int TITLE_CHARS_PER_LINE = TEXT_WIDTH / (SIZE_2HAO * 10 + CHARACTER_CONDENSE);
    /** Body paragraphs: first-line indent of 2 characters. */
    public static final int FIRST_LINE_INDENT = 2 * BODY_CHAR;

    // ---- closing block: issuer 2 characters in from the right (unsealed), date 4 in (sealed)
    public static final int UNSEALED_ISSUER_RIGHT_CHARS = 2;
    public static final int UNSEALED_DATE_SHIFT_CHARS = 2;
    public static final int SEALED_DATE_RIGHT_CHARS = 4;
    public static final int UNSEALED_BLANK_LINES = 1;
    public static final int SEALED_BLANK_LINES = 2;

    // ---- header block (版头)
    public static final int ISSUER_MARK_TOP = mm(35);
    public static final int ISSUER_MARK_LINE = SIZE_ISSUER_MARK * 10;
    public static final int BLANK_LINES_AFTER_MARK = 2;
    public static final int SEPARATOR_GAP = mm(4);
    public static final int SEPARATOR_PARAGRAPH = SEPARATOR_GAP - (LINE_PITCH - BODY_CHAR) / 2;
    public static final int BLANK_LINES_AFTER_SEPARATOR = 2;
    public static final int DOCUMENT_NUMBER_INSET = BODY_CHAR;

    // ---- end block (版记): 4号, 1 character in on both sides
    public static final int END_BLOCK_INSET = SMALL_CHAR;

    // ---- page numbers: 4号 宋体 "— 1 —", 1 character in, the dash line 7 mm below the text area
    public static final String PAGE_NUMBER_DASH = "\u2014";
    public static final int PAGE_NUMBER_INSET = SMALL_CHAR;
    public static final int PAGE_NUMBER_BELOW_TEXT = mm(7);

    /** Attachments: "附件N" on the first line, the attachment title on the third. */
    public static final int BLANK_LINES_BEFORE_ATTACHMENT_TITLE = 1;
}
