package org.nianbao.export;

import org.nianbao.text.PrintedText;
import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;

/** What closes the main text: the attachment note (附件说明), the issuers (署名) and the date (成文日期). */
final class ClosingWriter implements DocumentBlock {

    private final Report report;
    private final PrintedText text;
    private final ReturnPath returnPath;

    /** @param returnPath the reviewers' comments on the issuers and the date go back on them */
    ClosingWriter(Report report, PrintedText text, ReturnPath returnPath) {
        this.report = report;
        this.text = text;
        this.returnPath = returnPath;
    }

    @Override
    public void write(BodyWriter body) {
        attachmentNote(body);
        signature(body);
    }

    /** 附件说明: one blank line below the body, "附件：" then the names, numbered when several. */
    private void attachmentNote(BodyWriter body) {
        List<Attachment> attachments = report.attachments();
        if (attachments.isEmpty()) {
            return;
        }
        body.blankLines(1);
        if (attachments.size() == 1) {
            body.paragraph(GongwenStyle.ATTACHMENT_NOTE, "附件：" + name(attachments.get(0)));
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            // the tab reaches the hanging indent, so the numbers of later lines align under "1."
            String lead = i == 0 ? "附件：" : "\t";
            body.paragraph(GongwenStyle.ATTACHMENT_NOTE, lead + (i + 1) + "." + name(attachments.get(i)));
        }
    }

    private String name(Attachment attachment) {
        return text.line(attachment.title());
    }

    /** The issuers, one line each, lead issuer first, and the date, one blank line below the body. */
    private void signature(BodyWriter body) {
        List<String> issuers = report.issuers().stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        String date = report.date() == null ? null : PrintedText.date(report.date());
        if (issuers.isEmpty() && date == null) {
            return;
        }
        boolean sealed = report.settings().sealed();
        body.blankLines(sealed ? SEALED_BLANK_LINES : UNSEALED_BLANK_LINES);
        ClosingLayout layout = ClosingLayout.of(issuers, date, sealed);
        for (int i = 0; i < issuers.size(); i++) {
            body.open(ClosingLayout.rightIndent(body.id(GongwenStyle.ISSUER), layout.issuerRight()));
            if (i == 0) {
                returnPath.fieldStart(body.out(), ReportField.ISSUERS);
            }
            body.run(issuers.get(i));
            if (i == issuers.size() - 1) {
                returnPath.fieldEnd(body.out(), ReportField.ISSUERS);
            }
            body.close();
        }
        if (date != null) {
            body.open(ClosingLayout.rightIndent(body.id(GongwenStyle.DATE), layout.dateRight()));
            returnPath.fieldStart(body.out(), ReportField.DATE);
            body.run(date);
            returnPath.fieldEnd(body.out(), ReportField.DATE);
            body.close();
        }
    }
}
