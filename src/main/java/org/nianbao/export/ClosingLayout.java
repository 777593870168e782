package org.nianbao.export;

import org.nianbao.text.TitleLines;
import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.export.xml.ParagraphProperties;

/**
 * Where the issuer names (发文机关署名) and the date (成文日期) sit, as right indents in twips.
 * Widths are counted in half characters of body text: a digit of the date is half a character.
 *
 * <p>Unsealed (FORMAT.md, GB/T 9704 7.3.5.2): the issuer 2 characters in from the right, the date on
 * the next line starting 2 characters right of the issuer's first character; when the date is longer
 * than that leaves room for (it would come closer than 2 characters to the right edge), the date is
 * 2 characters in and the issuer is centred on it. Sealed (7.3.5.1): the date 4 characters in, the
 * issuer centred on the date. Several issuers share the indent of the longest.
 */
record ClosingLayout(int issuerRight, int dateRight) {

    private static final int HALF_CHAR = BODY_CHAR / 2;

    static ClosingLayout of(List<String> issuers, String date, boolean sealed) {
        int name = issuers.stream().mapToInt(TitleLines::width).max().orElse(0);
        int dated = date == null ? 0 : TitleLines.width(date);
        if (sealed) {
            int dateRight = SEALED_DATE_RIGHT_CHARS * BODY_CHAR;
            return new ClosingLayout(centredOn(dateRight, dated, name), dateRight);
        }
        int issuerRight = UNSEALED_ISSUER_RIGHT_CHARS * BODY_CHAR;
        int dateRight = issuerRight + (name - dated) * HALF_CHAR - UNSEALED_DATE_SHIFT_CHARS * BODY_CHAR;
        if (dateRight < issuerRight) {
            dateRight = issuerRight;
            issuerRight = centredOn(dateRight, dated, name);
        }
        return new ClosingLayout(issuerRight, dateRight);
    }

    /** The right indent that centres a line {@code width} wide on one {@code under} wide. */
    private static int centredOn(int underRight, int under, int width) {
        return Math.max(0, underRight + (under - width) * HALF_CHAR / 2);
    }

    /** Paragraph properties for a line so many twips in from the right (Word reads the Chars value). */
    static ParagraphProperties rightIndent(String styleId, int twips) {
        return new ParagraphProperties().style(styleId).right(twips, twips * 100 / BODY_CHAR);
    }
}
