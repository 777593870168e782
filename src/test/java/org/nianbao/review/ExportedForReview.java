package org.nianbao.review;

import java.nio.file.Path;
import org.nianbao.compose.ExportForReview;
import org.nianbao.compose.ReviewSession;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

/**
 * The start of a review round for the tests: {@link ReviewFixtures#report()} stored in a new database
 * in {@code dir}, exported for the reviewers to 送审稿.docx, and a session to read their files.
 */
record ExportedForReview(ReportStore store, Report report, Path export, ReviewSession session) implements AutoCloseable {

    static ExportedForReview in(Path dir) {
        ReportStore store = ReportStore.open(ReviewFixtures.database(dir));
        Report report = store.insert(ReviewFixtures.report());
        Path export = dir.resolve("送审稿.docx");
        new ExportForReview(store).export(report, export);
        return new ExportedForReview(store, report, export, new ReviewSession(store));
    }

    @Override
    public void close() {
        store.close();
    }
}
