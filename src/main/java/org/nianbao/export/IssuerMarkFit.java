package org.nianbao.export;

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
    /** A little room is kept: the faces that stand in for 小标宋 are not all exactly 1 em wide. */
    private static final double AVAILABLE = TEXT_WIDTH * 0.98;

    static IssuerMarkFit of(String mark) {
        double chars = TitleLines.width(mark) / 2.0;
        double fullWidth = chars * SIZE_ISSUER_MARK * 10; // twips, before the style's slight condensing
        if (fullWidth <= AVAILABLE) {
            return new IssuerMarkFit(100, SIZE_ISSUER_MARK);
        }
        int scale = (int) Math.floor(100 * AVAILABLE / fullWidth);
        if (scale >= MIN_SCALE) {
            return new IssuerMarkFit(scale, SIZE_ISSUER_MARK);
        }
        int halfPoints = (int) Math.floor(AVAILABLE / (chars * MIN_SCALE / 100.0) / 10);
        return new IssuerMarkFit(MIN_SCALE, halfPoints);
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
