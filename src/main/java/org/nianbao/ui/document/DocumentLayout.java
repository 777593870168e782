package org.nianbao.ui.document;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Attachment;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.nianbao.text.SectionNumbering;

/**
 * The report as one document in reading order: title, preamble, each heading with its live number and
 * its paragraphs, the problem list where the problems part stands, the attachments, the issuers and
 * the date. And back: the heading and paragraphs of a section as the document shows them now.
 */
public final class DocumentLayout {

    private DocumentLayout() {
    }

    public static List<DocParagraph> of(Report report) {
        List<DocParagraph> out = new ArrayList<>();
        out.add(new DocParagraph(Block.of(Block.Kind.TITLE), report.title()));
        for (Paragraph p : report.preamble()) {
            out.add(new DocParagraph(Block.of(Block.Kind.PREAMBLE), p.text()));
        }
        for (OutlineEntry entry : report.outline()) {
            Section section = entry.section();
            long id = section.id() == null ? -1 : section.id();
            out.add(new DocParagraph(Block.heading(id, entry.path().size(), SectionNumbering.label(entry.path())),
                    section.heading()));
            for (Paragraph p : section.paragraphs()) {
                out.add(new DocParagraph(Block.body(id), p.text()));
            }
            if (section.role() == SectionRole.PROBLEMS) {
                List<ProblemItem> problems = report.problems();
                for (int i = 0; i < problems.size(); i++) {
                    out.add(new DocParagraph(Block.of(Block.Kind.PROBLEM),
                            SectionNumbering.enumerationMarker(i + 1) + problems.get(i).text()));
                }
            }
        }
        List<Attachment> attachments = report.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            out.add(new DocParagraph(Block.of(Block.Kind.ATTACHMENT_TITLE), "附件" + (i + 1) + "  " + a.title()));
            for (Paragraph p : a.body()) {
                out.add(new DocParagraph(Block.of(Block.Kind.ATTACHMENT_BODY), p.text()));
            }
        }
        for (String issuer : report.issuers()) {
            out.add(new DocParagraph(Block.of(Block.Kind.ISSUER), issuer));
        }
        if (report.date() != null) {
            out.add(new DocParagraph(Block.of(Block.Kind.DATE), report.date().getYear() + "年"
                    + report.date().getMonthValue() + "月" + report.date().getDayOfMonth() + "日"));
        }
        return out;
    }

    /** A section's heading and paragraphs as shown (blank lines are not stored). */
    public static Section read(Section stored, List<DocParagraph> shown) {
        String heading = stored.heading();
        List<Paragraph> body = new ArrayList<>();
        for (DocParagraph p : shown) {
            if (stored.id() == null || !stored.id().equals(p.block().section())) {
                continue;
            }
            if (p.block().kind() == Block.Kind.HEADING) {
                heading = p.text();
            } else if (!p.text().isBlank()) {
                body.add(new Paragraph(p.text()));
            }
        }
        return stored.withHeading(heading).withParagraphs(body);
    }

    /** The preamble as shown. */
    public static List<Paragraph> preamble(List<DocParagraph> shown) {
        return shown.stream().filter(p -> p.block().kind() == Block.Kind.PREAMBLE && !p.text().isBlank())
                .map(p -> new Paragraph(p.text())).toList();
    }

    /** The title as shown. */
    public static String title(List<DocParagraph> shown) {
        return shown.stream().filter(p -> p.block().kind() == Block.Kind.TITLE).map(DocParagraph::text)
                .findFirst().orElse("");
    }
}
