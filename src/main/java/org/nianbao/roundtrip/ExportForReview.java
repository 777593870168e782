package org.nianbao.roundtrip;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.nianbao.export.DocxExporter;
import org.nianbao.export.ReturnPath;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
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
        new DocxExporter().export(report, target, new ReturnPath(report.id(), exportId));
        ExportSnapshot snapshot = new ExportSnapshot(exportId, report.id(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), ReturnedFile.read(target).sectionTexts());
        if (!store.isReadOnly()) {
            store.reviews().saveSnapshot(snapshot);
        }
        return snapshot;
    }
}
