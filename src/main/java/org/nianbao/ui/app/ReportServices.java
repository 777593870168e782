package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.ui.checks.FindingView;

/**
 * What the window asks of the layers below it: checking, recomputing, exporting, importing. Each
 * call may take long and runs off the FX thread; failures are BadInputExceptions with a Chinese
 * message.
 */
public interface ReportServices {

    List<FindingView> check(Report report);

    /**
     * The findings of a stored report, with those its pages give (the date alone on the last page, the
     * end block on an odd page, a page count far from last year's report in the same store).
     */
    default List<FindingView> check(org.nianbao.store.ReportStore store, Report report) {
        return check(report);
    }

    /** The metrics with derived values computed from their formulas. */
    List<Metric> recompute(List<Metric> metrics);

    void export(Report report, Path target);

    /**
     * Exports a stored report so the reviewers' returned file can be read back (issue 12): the
     * export's snapshot is recorded in the store.
     */
    default void exportForReview(org.nianbao.store.ReportStore store, Report report, Path target) {
        export(report, target);
    }

    Report read(Path file);
}
