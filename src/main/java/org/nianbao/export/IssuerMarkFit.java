package org.nianbao.export;

import org.nianbao.text.TitleLines;
import static org.nianbao.export.OfficialFormat.*;

import org.nianbao.export.xml.RunProperties;

/**
 * The red issuer mark (发文机关标志) always on one line, as offices set it: a name too long for the
 * text area at the mark's size (中共河源市源城区委员会文件, 13 characters where 10 fit) is condensed
 * (character scale, w:w) to fit, and only when that would go below {@link #MIN_SCALE} is it also set
 * smaller. A mark that fits is left as the style has it.
 *
 * @param scalePercent character width in percent of normal
 * @param halfPoints   font size
 */
record IssuerMarkFit(int scalePercent, int halfPoints) {

    /** Narrower than this the characters stop looking like the office's typeface. */
    static final int MIN_SCALE = 70;
    static IssuerMarkFit of(String mark) {
        double ratio = TitleLines.issuerMarkRatio(mark); // the width it may take, shared with the pages
        if (ratio >= 1) {
            return new IssuerMarkFit(100, SIZE_ISSUER_MARK);
        }
        int scale = (int) Math.floor(100 * ratio);
        if (scale >= MIN_SCALE) {
            return new IssuerMarkFit(scale, SIZE_ISSUER_MARK);
        }
        return new IssuerMarkFit(MIN_SCALE, (int) Math.floor(SIZE_ISSUER_MARK * ratio * 100 / MIN_SCALE));
    }

    RunProperties runProperties() {
        RunProperties rPr = new RunProperties();
        if (scalePercent != 100) {
            rPr.scale(scalePercent);
        }
        if (halfPoints != SIZE_ISSUER_MARK) {
            rPr.size(halfPoints);
        }
        return rPr;
    }
}
