package org.nianbao.export;

import org.nianbao.text.PrintedText;
import static org.nianbao.export.OfficialFormat.*;

import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;

/**
 * 附件: each attachment on a new page, "附件N" in 黑体 on the first line, its title centred on the
 * third, then its text. Page numbers continue.
 */
final class AttachmentsWriter implements DocumentBlock {

    private final List<Attachment> attachments;
    private final PrintedText text;

    AttachmentsWriter(List<Attachment> attachments, PrintedText text) {
        this.attachments = attachments;
        this.text = text;
    }

    @Override
    public void write(BodyWriter body) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            body.paragraph(GongwenStyle.ATTACHMENT_LABEL, attachments.size() == 1 ? "附件" : "附件" + (i + 1));
            body.blankLines(BLANK_LINES_BEFORE_ATTACHMENT_TITLE);
            body.title(GongwenStyle.ATTACHMENT_TITLE, text.line(attachment.title()));
            if (!attachment.body().isEmpty()) {
                body.blankLines(1);
            }
            for (Paragraph p : attachment.body()) {
                body.paragraph(GongwenStyle.BODY, text.resolve(p.text()));
            }
        }
    }
}
