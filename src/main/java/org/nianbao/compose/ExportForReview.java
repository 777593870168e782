package org.nianbao.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewStatus;
import org.nianbao.export.DocxExporter;
import org.nianbao.export.ReturnPath;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.review.ReportFields;
import org.nianbao.review.ReturnedFile;
import org.nianbao.store.ReportStore;

/**
 * Exports a stored report so its reviewers' file can come back: the .docx carries the ids and the
 * section bookmarks, and the database records what each section's text was (read back from the
 * written file, so the snapshot is exactly what the reviewers receive).
 */
public final class ExportForReview {

    private final ReportStore store;
    private final Clock clock;

    public ExportForReview(ReportStore store) {
        this(store, Clock.systemUTC());
    }

    public ExportForReview(ReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes the file and records its snapshot; returns the snapshot. */
    public ExportSnapshot export(Report report, Path target) {
        if (report.id() == null) {
            throw new IllegalArgumentException("the report is not stored");
        }
        String exportId = UUID.randomUUID().toString();
        ReturnPath path = new ReturnPath(report.id(), exportId, unresolvedComments(report));
        new DocxExporter().export(report, target, path);
        ReturnedFile written = ReturnedFile.read(target);
        // only what the file really holds (a template's own comments keep ours out)
        Set<String> paraIds = written.commentParaIds();
        ExportSnapshot snapshot = new ExportSnapshot(exportId, report.id(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), written.sectionTexts(),
                path.carriedBack().stream().filter(c -> paraIds.contains(c.paraId())).toList(), fields(report, written));
        if (!store.isReadOnly()) {
            store.reviews().saveSnapshot(snapshot);
        }
        return snapshot;
    }

    /** The report's title, issuers and date as printed, those the written file holds where expected. */
    private static Map<ReportField, String> fields(Report report, ReturnedFile written) {
        Map<ReportField, String> printed = ReportFields.printed(report);
        Set<ReportField> found = written.fieldsFound(printed);
        Map<ReportField, String> out = new EnumMap<>(ReportField.class);
        printed.forEach((field, text) -> {
            if (found.contains(field)) {
                out.put(field, text);
            }
        });
        return out;
    }

    /**
     * The reviewers' comments not marked done, with their replies, on sections the report still has
     * or on fields it prints (the title, the issuers, the date…): the next export carries them back to
     * the reviewers as Word comments, each on its section's heading or on its field.
     */
    List<ReturnPath.CarriedComment> unresolvedComments(Report report) {
        Set<Long> sections = new HashSet<>();
        for (OutlineEntry e : report.outline()) {
            sections.add(e.section().id());
        }
        List<ReturnPath.CarriedComment> out = new ArrayList<>();
        for (ReviewImport imported : store.reviews().imports(report.id())) {
            for (ReviewItem c : imported.items()) {
                boolean placed = c.field() != null ? ReportFields.printed(report, c.field()).isPresent()
                        : c.sectionId() != null && sections.contains(c.sectionId());
                if (!c.kind().isComment() || c.isReply() || c.done() || c.status() != ReviewStatus.PENDING || !placed) {
                    continue;
                }
                List<ReturnPath.CarriedComment> replies = new ArrayList<>();
                for (ReviewItem r : imported.items()) {
                    if (r.isReply() && r.parentPosition() == c.position()) {
                        replies.add(carried(r, r.newText()));
                    }
                }
                String anchor = c.oldText().length() > 30 ? c.oldText().substring(0, 30) + "…" : c.oldText();
                String text = anchor.isBlank() ? c.newText() : c.newText() + "（原批注于“" + anchor.replace('\n', ' ') + "”）";
                ReturnPath.CarriedComment comment = carried(c, text);
                out.add(new ReturnPath.CarriedComment(comment.sectionId(), comment.author(), comment.initials(),
                        comment.date(), comment.text(), replies, c.id(), c.field()));
            }
        }
        return out;
    }

    private static ReturnPath.CarriedComment carried(ReviewItem item, String text) {
        // a comment on a field has no section: it goes back on its field (see the caller)
        return new ReturnPath.CarriedComment(item.sectionId() == null ? 0 : item.sectionId(), item.author(), item.initials(),
                item.date(), text, List.of(), item.id(), item.field());
    }
}
