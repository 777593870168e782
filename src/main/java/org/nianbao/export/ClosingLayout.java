package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import java.util.List;

/**
 * Where the issuer names (发文机关署名) and the date (成文日期) sit, as right indents in half
 * characters of body text (a digit of the date is half a character).
 *
 * <p>Unsealed (GB/T 9704 7.3.5.2): the issuer 2 characters in from the right, the date on the next
 * line starting 2 characters right of the issuer's first character; when that would bring the date
 * closer than 2 characters to the right edge, the date is 2 characters in and the issuer moves left
 * to keep the 2-character shift. Sealed (7.3.5.1): the date 4 characters in, the issuer centred on
 * the date. Several issuers share the indent of the longest.
 */
record ClosingLayout(int issuerRightHalfChars, int dateRightHalfChars) {

    static ClosingLayout of(List<String> issuers, String date, boolean sealed) {
        int name = issuers.stream().mapToInt(TitleLines::width).max().orElse(0);
        int dated = date == null ? 0 : TitleLines.width(date);
        if (sealed) {
            int dateRight = SEALED_DATE_RIGHT_CHARS * 2;
            int issuerRight = dateRight + (dated - name) / 2;
            return new ClosingLayout(Math.max(0, issuerRight), dateRight);
        }
        int issuerRight = UNSEALED_ISSUER_RIGHT_CHARS * 2;
        int shift = UNSEALED_DATE_SHIFT_CHARS * 2;
        int dateRight = issuerRight + name - shift - dated;
        if (dateRight < issuerRight) {
            dateRight = issuerRight;
            issuerRight = dateRight + dated + shift - name;
        }
        return new ClosingLayout(Math.max(0, issuerRight), dateRight);
    }

    /** Paragraph properties for a line so many half characters in from the right. */
    static ParagraphProperties rightIndent(String styleId, int halfChars) {
        return new ParagraphProperties().style(styleId).right(halfChars * BODY_CHAR / 2, halfChars * 50);
    }
}
