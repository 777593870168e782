package org.nianbao.export;

import org.nianbao.text.PrintedText;
import org.nianbao.text.TitleLines;
import static org.nianbao.export.OfficialFormat.*;

import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.model.EndBlock;

/**
 * 版记: 抄送, then 印发机关 and 印发日期, between rules as wide as the text area (a one-column table
 * whose borders are the rules: paragraph borders would stop at the 1-character indents). It goes in
 * a section of its own that starts on an even page, sits at the bottom of the text area and carries
 * no page number.
 */
final class EndBlockWriter implements DocumentBlock {

    private final EndBlock end;
    private final String endBlockSection;

    /** @param endBlockSection the page setup of the end block's section (blank footers, even page, bottom) */
    EndBlockWriter(EndBlock end, String endBlockSection) {
        this.end = end;
        this.endBlockSection = endBlockSection;
    }

    /** Ends the body's section (its page setup and footers) and writes the end block in a section of its own. */
    @Override
    public void write(BodyWriter body) {
        body.endSection(GongwenStyle.END_TAIL, endBlockSection);

        StringBuilder out = body.out();
        String copyTo = end.copyTo() == null ? "" : PrintedText.withoutClosingPunctuation(end.copyTo());
        String copyLine = copyTo.isEmpty() ? "" : "抄送：" + copyTo + "。";
        int lines = 1 + (copyLine.isEmpty() ? 0 : copyToLines(copyLine));
        // the end block's page holds nothing else: a spacer brings its last rule onto the bottom edge
        // of the text area (Word also honours the section's bottom alignment; LibreOffice does not)
        int spacer = TEXT_HEIGHT - lines * LINE_PITCH - END_RULES_HEIGHT - END_TAIL_LINE - END_BLOCK_SLACK;
        body.open(new ParagraphProperties().style(body.id(GongwenStyle.END_TAIL)).snapToGrid(false)
                .exactLine(spacer));
        body.close();
        out.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/>")
                .append("<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>")
                .append(rule("top", END_RULE_THICK)).append(rule("bottom", END_RULE_THICK))
                .append(rule("insideH", END_RULE_THIN))
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
                .append("<w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr><w:tblGrid><w:gridCol w:w=\"").append(TEXT_WIDTH).append("\"/></w:tblGrid>");
        if (!copyLine.isEmpty()) {
            row(body, GongwenStyle.COPY_TO, copyLine);
        }
        String printed = end.printedBy() == null ? "" : end.printedBy().strip();
        String date = end.printDate() == null ? "" : PrintedText.date(end.printDate()) + "印发";
        row(body, GongwenStyle.PRINT_LINE, printed + (date.isEmpty() ? "" : "\t" + date));
        out.append("</w:tbl>");
        body.paragraph(GongwenStyle.END_TAIL, "");
    }

    /**
     * Lines the 抄送 paragraph takes, counted generously (a line too many only lifts the block a
     * line; a line too few would push its end onto another page).
     */
    static int copyToLines(String text) {
        int firstLine = (TEXT_WIDTH - 2 * END_BLOCK_INSET) / SMALL_CHAR * 2 - 2;
        int nextLines = firstLine - 6;
        int width = TitleLines.width(text);
        return width <= firstLine ? 1 : 1 + (width - firstLine + nextLines - 1) / nextLines;
    }

    private static void row(BodyWriter body, GongwenStyle style, String text) {
        body.out().append("<w:tr><w:tc><w:tcPr><w:tcW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/>")
                .append("</w:tcPr>");
        body.paragraph(style, text);
        body.out().append("</w:tc></w:tr>");
    }

    private static String rule(String side, int eighths) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"" + eighths + "\" w:space=\"0\" w:color=\""
                + COLOR_BLACK + "\"/>";
    }
}
