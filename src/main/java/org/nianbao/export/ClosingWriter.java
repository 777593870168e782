package org.nianbao.export;

import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;

/** Writes what follows the body: the attachment note, the issuers and date, the attachments. */
final class ClosingWriter {

    private final BodyWriter body;
    private final Report report;
    private final ReportText text;
    private final MainTextWriter main;

    ClosingWriter(BodyWriter body, Report report, ReportText text, MainTextWriter main) {
        this.body = body;
        this.report = report;
        this.text = text;
        this.main = main;
    }

    void write() {
        attachmentNote();
        signature();
        attachments();
    }

    /** 附件说明: one blank line below the body, "附件：" then the names, numbered when several. */
    private void attachmentNote() {
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
        return ReportText.withoutClosingPunctuation(text.resolve(attachment.title()));
    }

    /** The issuers, one line each, lead issuer first, and the date, one blank line below the body. */
    private void signature() {
        List<String> issuers = report.issuers().stream().filter(s -> !s.isBlank()).map(String::strip).toList();
        String date = report.date() == null ? null : ReportText.date(report.date());
        if (issuers.isEmpty() && date == null) {
            return;
        }
        boolean sealed = report.settings().sealed();
        body.blankLines(sealed ? SEALED_BLANK_LINES : UNSEALED_BLANK_LINES);
        ClosingLayout layout = ClosingLayout.of(issuers, date, sealed);
        for (String issuer : issuers) {
            body.open(ClosingLayout.rightIndent(body.id(GongwenStyle.ISSUER), layout.issuerRight()));
            body.run(issuer);
            body.close();
        }
        if (date != null) {
            body.open(ClosingLayout.rightIndent(body.id(GongwenStyle.DATE), layout.dateRight()));
            body.run(date);
            body.close();
        }
    }

    /**
     * Each attachment on a new page: "附件N" in 黑体 on the first line, its title centred on the third,
     * then its text. Page numbers continue.
     */
    private void attachments() {
        List<Attachment> attachments = report.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            body.paragraph(GongwenStyle.ATTACHMENT_LABEL, attachments.size() == 1 ? "附件" : "附件" + (i + 1));
            body.blankLines(BLANK_LINES_BEFORE_ATTACHMENT_TITLE);
            main.title(GongwenStyle.ATTACHMENT_TITLE, name(attachment));
            if (!attachment.body().isEmpty()) {
                body.blankLines(1);
            }
            for (Paragraph p : attachment.body()) {
                body.paragraph(GongwenStyle.BODY, text.resolve(p.text()));
            }
        }
    }
}
