package org.nianbao.collect;

/**
 * The few cell formats of a form (xl/styles.xml) and their indexes: 宋体 throughout, thin borders
 * round the table, grey headers, light-yellow unlocked cells where the department types. Every
 * format is locked (Excel's default) but the yellow ones.
 */
final class FormStyles {

    static final int DEFAULT = 0;
    static final int TITLE = 1;
    static final int PLAIN = 2;
    static final int HEADER = 3;
    static final int LOCKED = 4;
    static final int WRAPPED = 5;
    static final int PARAGRAPH = 6;
    static final int INPUT = 7;
    /** Amounts show their cents (186.50, not 186.5), as the report writes them. */
    static final int INPUT_AMOUNT = 8;
    static final int INPUT_TEXT = 9;

    static final String AMOUNT_FORMAT = "0.00##";

    private static final String THIN = "<left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
            + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/>";

    /** fonts: 0 宋体 11, 1 宋体 14 bold; fills: 2 grey (header), 3 light yellow (input); borders: 1 thin. */
    static String xml() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + FormPackage.MAIN_NS + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + AMOUNT_FORMAT + "\"/></numFmts>"
                + "<fonts count=\"2\">"
                + "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
                + "<font><b/><sz val=\"14\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font></fonts>"
                + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"43\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>" + THIN + "</border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"10\">"
                + xf(0, 0, 0, 0, null, false, false) // DEFAULT
                + xf(0, 1, 0, 0, "center", false, false) // TITLE
                + xf(0, 0, 0, 0, "center", false, false) // PLAIN
                + xf(0, 0, 2, 1, "center", true, false) // HEADER
                + xf(0, 0, 0, 1, "center", false, false) // LOCKED
                + xf(0, 0, 0, 1, "center", true, false) // WRAPPED
                + xf(0, 0, 0, 0, "center", true, false) // PARAGRAPH
                + xf(0, 0, 3, 1, "center", false, true) // INPUT
                + xf(164, 0, 3, 1, "center", false, true) // INPUT_AMOUNT
                + xf(0, 0, 3, 1, "top", true, true) // INPUT_TEXT
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static String xf(int numFmt, int font, int fill, int border, String vertical, boolean wrap, boolean unlocked) {
        StringBuilder xf = new StringBuilder("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font)
                .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border).append("\" xfId=\"0\"");
        if (numFmt != 0) {
            xf.append(" applyNumberFormat=\"1\"");
        }
        if (font != 0) {
            xf.append(" applyFont=\"1\"");
        }
        if (fill != 0) {
            xf.append(" applyFill=\"1\"");
        }
        if (border != 0) {
            xf.append(" applyBorder=\"1\"");
        }
        if (vertical != null) {
            xf.append(" applyAlignment=\"1\"");
        }
        if (unlocked) {
            xf.append(" applyProtection=\"1\"");
        }
        if (vertical == null && !unlocked) {
            return xf.append("/>").toString();
        }
        xf.append('>');
        if (vertical != null) {
            xf.append("<alignment vertical=\"").append(vertical).append('"').append(wrap ? " wrapText=\"1\"" : "").append("/>");
        }
        if (unlocked) {
            xf.append("<protection locked=\"0\"/>");
        }
        return xf.append("</xf>").toString();
    }

    private FormStyles() {
    }
}
