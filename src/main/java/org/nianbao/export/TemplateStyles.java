package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import org.nianbao.export.xml.ParagraphProperties.Alignment;
import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.export.xml.RunProperties;

/** The styles part (word/styles.xml) of the template: every style of {@link GongwenStyle}. */
final class TemplateStyles {

    private final StringBuilder out = new StringBuilder(16_384);

    static String xml() {
        return new TemplateStyles().build();
    }

    private String build() {
        out.append(TemplateParts.XML_DECLARATION)
                .append("<w:styles xmlns:w=\"").append(TemplateParts.NS_MAIN).append("\">");
        out.append("<w:docDefaults><w:rPrDefault>");
        bodyRun().appendTo(out);
        out.append("</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>")
                .append("</w:pPrDefault></w:docDefaults>");

        paragraph(GongwenStyle.NORMAL, null, null,
                new ParagraphProperties().widowControl(false).noAutoSpace().spaceBefore(0).spaceAfter(0)
                        .exactLine(LINE_PITCH).align(Alignment.BOTH),
                bodyRun().color(COLOR_BLACK).spacing(CHARACTER_CONDENSE));
        out.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>")
                .append("<w:unhideWhenUsed/></w:style>");
        out.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
                .append("<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/>")
                .append("<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>")
                .append("<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr></w:style>");

        paragraph(GongwenStyle.BODY, GongwenStyle.NORMAL, null,
                new ParagraphProperties().firstLine(FIRST_LINE_INDENT, FIRST_LINE_CHARS), null);
        // a 2号 line would take two grid lines in LibreOffice: its exact height keeps it on one
        paragraph(GongwenStyle.TITLE, GongwenStyle.NORMAL, null,
                new ParagraphProperties().snapToGrid(false).align(Alignment.CENTER), font(FONT_TITLE).size(SIZE_2HAO));
        paragraph(GongwenStyle.RECIPIENT, GongwenStyle.NORMAL, null, new ParagraphProperties(), null);
        String[] headingFonts = {FONT_HEADING_1, FONT_HEADING_2, FONT_BODY, FONT_BODY};
        for (int level = 1; level <= 4; level++) {
            GongwenStyle heading = GongwenStyle.heading(level);
            GongwenStyle headingChar = GongwenStyle.headingChar(level);
            RunProperties headingFont = level <= 2 ? font(headingFonts[level - 1])
                    : new RunProperties().font(FONT_BODY).latinFont(FONT_LATIN);
            // a heading never ends a page: it keeps with the paragraph it heads, as in Word's own styles
            paragraph(heading, GongwenStyle.BODY, headingChar,
                    new ParagraphProperties().keepNext().outlineLevel(level - 1), headingFont);
            character(headingChar, heading, level <= 2 ? font(headingFonts[level - 1])
                    : new RunProperties().font(FONT_BODY).latinFont(FONT_LATIN));
        }
        for (int level = 1; level <= 4; level++) {
            paragraph(GongwenStyle.runIn(level), GongwenStyle.BODY, null,
                    new ParagraphProperties().outlineLevel(level - 1), null);
        }
        paragraph(GongwenStyle.ATTACHMENT_NOTE, GongwenStyle.NORMAL, null,
                new ParagraphProperties().left(5 * BODY_CHAR, 500).hanging(3 * BODY_CHAR, 300), null);
        paragraph(GongwenStyle.ATTACHMENT_LABEL, GongwenStyle.NORMAL, null,
                new ParagraphProperties().pageBreakBefore().align(Alignment.LEFT), font(FONT_HEADING_1));
        paragraph(GongwenStyle.ATTACHMENT_TITLE, GongwenStyle.TITLE, null, new ParagraphProperties(), null);
        // the issuers stay on the page of the date
        paragraph(GongwenStyle.ISSUER, GongwenStyle.NORMAL, null,
                new ParagraphProperties().keepNext().align(Alignment.RIGHT), null);
        paragraph(GongwenStyle.DATE, GongwenStyle.NORMAL, null,
                new ParagraphProperties().align(Alignment.RIGHT), null);
        paragraph(GongwenStyle.PAGE_NUMBER_ODD, GongwenStyle.NORMAL, null,
                pageNumber().right(PAGE_NUMBER_INSET, 100).align(Alignment.RIGHT), pageNumberRun());
        paragraph(GongwenStyle.PAGE_NUMBER_EVEN, GongwenStyle.NORMAL, null,
                pageNumber().left(PAGE_NUMBER_INSET, 100).align(Alignment.LEFT), pageNumberRun());

        paragraph(GongwenStyle.ISSUER_MARK, GongwenStyle.NORMAL, null,
                new ParagraphProperties().snapToGrid(false).spaceBefore(ISSUER_MARK_TOP)
                        .exactLine(ISSUER_MARK_LINE).align(Alignment.CENTER),
                font(FONT_TITLE).color(COLOR_RED).size(SIZE_ISSUER_MARK));
        paragraph(GongwenStyle.DOCUMENT_NUMBER, GongwenStyle.NORMAL, null,
                new ParagraphProperties().align(Alignment.CENTER), null);
        paragraph(GongwenStyle.DOCUMENT_NUMBER_UPWARD, GongwenStyle.NORMAL, null,
                new ParagraphProperties().rightTab(TEXT_WIDTH - DOCUMENT_NUMBER_INSET)
                        .left(DOCUMENT_NUMBER_INSET, 100).align(Alignment.LEFT), null);
        character(GongwenStyle.SIGNER_NAME, null, font(FONT_HEADING_2));
        paragraph(GongwenStyle.SEPARATOR, GongwenStyle.NORMAL, null,
                new ParagraphProperties().border("bottom", SEPARATOR_WIDTH, 0, COLOR_RED).snapToGrid(false)
                        .exactLine(SEPARATOR_PARAGRAPH).align(Alignment.CENTER),
                new RunProperties().size(2));

        paragraph(GongwenStyle.COPY_TO, GongwenStyle.NORMAL, null,
                new ParagraphProperties().left(END_BLOCK_INSET + 3 * SMALL_CHAR, 400)
                        .right(END_BLOCK_INSET, 100).hanging(3 * SMALL_CHAR, 300),
                new RunProperties().size(SIZE_4HAO));
        paragraph(GongwenStyle.PRINT_LINE, GongwenStyle.NORMAL, null,
                new ParagraphProperties().rightTab(TEXT_WIDTH - END_BLOCK_INSET).left(END_BLOCK_INSET, 100)
                        .align(Alignment.LEFT),
                new RunProperties().size(SIZE_4HAO));
        paragraph(GongwenStyle.END_TAIL, GongwenStyle.NORMAL, null,
                new ParagraphProperties().snapToGrid(false).exactLine(END_TAIL_LINE), new RunProperties().size(2));
        out.append("</w:styles>");
        return out.toString();
    }

    /** Body text: 3号 仿宋 for Chinese, Times New Roman for digits and Latin letters, zh-CN. */
    private static RunProperties bodyRun() {
        return new RunProperties().font(FONT_BODY).latinFont(FONT_LATIN).size(SIZE_3HAO).chineseLanguage();
    }

    /** One font for every character range (headings and title keep digits in their own font). */
    private static RunProperties font(String name) {
        return new RunProperties().font(name);
    }

    private static ParagraphProperties pageNumber() {
        return new ParagraphProperties().snapToGrid(false).exactLine(PAGE_NUMBER_LINE);
    }

    private static RunProperties pageNumberRun() {
        return font(FONT_PAGE_NUMBER).spacing(0).size(SIZE_4HAO);
    }

    private void paragraph(GongwenStyle style, GongwenStyle basedOn, GongwenStyle link, ParagraphProperties pPr,
                           RunProperties rPr) {
        open("paragraph", style, basedOn);
        if (style != GongwenStyle.NORMAL) {
            out.append("<w:next w:val=\"").append(GongwenStyle.BODY.id()).append("\"/>");
        }
        if (link != null) {
            out.append("<w:link w:val=\"").append(link.id()).append("\"/>");
        }
        out.append("<w:qFormat/>");
        pPr.appendTo(out);
        if (rPr != null) {
            rPr.appendTo(out);
        }
        out.append("</w:style>");
    }

    private void character(GongwenStyle style, GongwenStyle link, RunProperties rPr) {
        open("character", style, null);
        out.append("<w:basedOn w:val=\"DefaultParagraphFont\"/>");
        if (link != null) {
            out.append("<w:link w:val=\"").append(link.id()).append("\"/>");
        }
        out.append("<w:qFormat/>");
        rPr.appendTo(out);
        out.append("</w:style>");
    }

    private void open(String type, GongwenStyle style, GongwenStyle basedOn) {
        out.append("<w:style w:type=\"").append(type).append('"');
        if (style == GongwenStyle.NORMAL) {
            out.append(" w:default=\"1\"");
        }
        out.append(" w:styleId=\"").append(style.id()).append("\"><w:name w:val=\"").append(style.styleName())
                .append("\"/>");
        if (basedOn != null) {
            out.append("<w:basedOn w:val=\"").append(basedOn.id()).append("\"/>");
        }
    }
}
