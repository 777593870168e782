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
