package org.nianbao.export;

import org.nianbao.text.PrintedText;
import static org.nianbao.export.OfficialFormat.*;

import org.nianbao.export.xml.ParagraphProperties;
import org.nianbao.model.HeaderBlock;

/**
 * 版头 of a report sent upward: the red issuer mark, the document number with 签发人, the red
 * separator line. On pre-printed letterhead paper the mark and the line are printed already, so their
 * room is kept blank and only the document number and signer are written.
 */
final class HeaderBlockWriter implements DocumentBlock {

    private final HeaderBlock header;
    private final String leadIssuer;

    /** @param leadIssuer the report's first issuer, for a mark the settings leave empty; or null */
    HeaderBlockWriter(HeaderBlock header, String leadIssuer) {
        this.header = header;
        this.leadIssuer = leadIssuer;
    }

    @Override
    public void write(BodyWriter body) {
        boolean letterhead = header.letterheadPaper();
        String mark = header.issuerMark() == null ? "" : header.issuerMark().strip();
        if (mark.isEmpty() && leadIssuer != null && !leadIssuer.isBlank()) {
            mark = leadIssuer.strip() + "文件";
        }
        if (letterhead || !mark.isEmpty()) { // no issuer known: no empty red line
            body.open(GongwenStyle.ISSUER_MARK);
            if (!letterhead) {
                body.run(mark, IssuerMarkFit.of(mark).runProperties()); // one line, condensed when long
            }
            body.close();
            body.blankLines(BLANK_LINES_AFTER_MARK);
        }
        String number = PrintedText.documentNumber(header.documentNumber());
        String signer = header.signer() == null ? "" : header.signer().strip();
        if (signer.isEmpty()) {
            if (!number.isEmpty()) { // no number yet: the line is left out, not printed blank
                body.paragraph(GongwenStyle.DOCUMENT_NUMBER, number);
            }
        } else {
            // 上行文: number 1 character in from the left, 签发人 1 character in from the right
            body.open(GongwenStyle.DOCUMENT_NUMBER_UPWARD);
            body.run(number + "\t签发人：");
            body.run(signer, GongwenStyle.SIGNER_NAME);
            body.close();
        }
        ParagraphProperties line = new ParagraphProperties().style(body.id(GongwenStyle.SEPARATOR));
        if (letterhead) {
            line.noBorder("bottom");
        }
        body.open(line);
        body.close();
        body.blankLines(BLANK_LINES_AFTER_SEPARATOR);
    }
}
