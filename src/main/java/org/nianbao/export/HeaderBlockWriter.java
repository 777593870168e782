package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import org.nianbao.model.HeaderBlock;

/**
 * 版头 of a report sent upward: the red issuer mark, the document number with 签发人, the red
 * separator line. On pre-printed letterhead paper the mark and the line are printed already, so their
 * room is kept blank and only the document number and signer are written.
 */
final class HeaderBlockWriter {

    private final BodyWriter body;

    HeaderBlockWriter(BodyWriter body) {
        this.body = body;
    }

    /** @param leadIssuer the report's first issuer, for a mark the settings leave empty */
    void write(HeaderBlock header, String leadIssuer) {
        boolean letterhead = header.letterheadPaper();
        String mark = header.issuerMark() == null ? "" : header.issuerMark().strip();
        if (mark.isEmpty() && leadIssuer != null && !leadIssuer.isBlank()) {
            mark = leadIssuer.strip() + "文件";
        }
        if (letterhead || !mark.isEmpty()) { // no issuer known: no empty red line
            body.paragraph(GongwenStyle.ISSUER_MARK, letterhead ? "" : mark);
            body.blankLines(BLANK_LINES_AFTER_MARK);
        }
        String number = DocumentNumber.normalize(header.documentNumber());
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
