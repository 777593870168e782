package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.check.Finding;
import org.nianbao.figures.MetricCalculator;
import org.nianbao.check.ReportChecker;
import org.nianbao.compose.ExportByFormat;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.ui.checks.FindingView;

/** The window's services on the real engines: checker, calculator, Word exporter, importer. */
public final class CoreServices implements ReportServices {

    private final ReportChecker checker = new ReportChecker();
    private final MetricCalculator calculator = new MetricCalculator();

    @Override
    public List<FindingView> check(Report report) {
        return checker.check(report).findings().stream().map(CoreServices::view).toList();
    }

    @Override
    public List<Metric> recompute(List<Metric> metrics) {
        return calculator.recompute(metrics);
    }

    @Override
    public void export(Report report, Path target) {
        org.nianbao.files.ExportTarget.requireUnprotected(target);
        new ExportByFormat(null).export(report, target);
    }

    @Override
    public void exportForReview(org.nianbao.store.ReportStore store, Report report, Path target) {
        org.nianbao.files.ExportTarget.requireUnprotected(target);
        new ExportByFormat(store).export(report, target);
    }

    @Override
    public Report read(Path file) {
        return new ReportImporter().read(file);
    }

    static FindingView view(Finding f) {
        return new FindingView(f.rule(), FindingView.Level.valueOf(f.severity().name()),
                FindingView.Status.valueOf(f.status().name()), f.location().section(), f.location().paragraph(),
                f.location().start(), f.location().end(), f.text(), f.message());
    }
}
