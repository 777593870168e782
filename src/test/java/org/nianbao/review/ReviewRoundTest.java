package org.nianbao.review;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.ReviewSession;
import org.nianbao.model.Report;

/** Tests of one review round: the fixture report stored, exported for the reviewers, a session to read their files. */
abstract class ReviewRoundTest {

    @TempDir
    Path dir;
    ExportedForReview round;
    Report report;
    ReviewSession session;

    @BeforeEach
    void exportTheReport() {
        round = ExportedForReview.in(dir);
        report = round.report();
        session = round.session();
    }

    @AfterEach
    void close() {
        round.close();
    }
}
