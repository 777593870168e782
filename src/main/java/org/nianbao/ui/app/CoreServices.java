package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.check.Finding;
import org.nianbao.figures.MetricCalculator;
import org.nianbao.check.ReportChecker;
import org.nianbao.compose.ExportByFormat;
import org.nianbao.compose.PageAwareCheck;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.ui.checks.FindingView;

/** The window's services on the real engines: checker, calculator, Word exporter, importer. */
public final class CoreServices implements ReportServices {

    private final ReportChecker checker = new ReportChecker();
    private final MetricCalculator calculator = new MetricCalculator();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CoreServices.class);
    private PageLayout layout;
    private final java.util.Map<Long, java.util.OptionalInt> lastYearsPages = new java.util.HashMap<>();

    @Override
    public List<FindingView> check(Report report) {
        return checker.check(report).findings().stream().map(CoreServices::view).toList();
    }

    /**
     * As the command line's check: the checker's findings and the page rules together. The fonts are
     * measured once, at the first check (off the FX thread); where no page can be laid out (no CJK font
     * at all) the check goes on without the page findings rather than failing.
     */
    @Override
    public List<FindingView> check(org.nianbao.store.ReportStore store, Report report) {
        org.nianbao.check.CheckReport checked = checker.check(report);
        List<Finding> pages;
        try {
            pages = store == null ? List.of()
                    : PageAwareCheck.pageFindings(layout().layOut(report), lastYearsPages(store, report));
        } catch (RuntimeException noPages) {
            LOG.warn("page rules skipped: {}", noPages.toString());
            pages = List.of();
        }
        return PageAwareCheck.merge(checked, pages).findings().stream().map(CoreServices::view).toList();
    }

    /**
     * Last year's page count, laid out once per report: the window checks after every pause in typing,
     * and last year's report does not change meanwhile (loading and laying it out each time would double
     * the check's work).
     */
    private synchronized java.util.OptionalInt lastYearsPages(org.nianbao.store.ReportStore store, Report report) {
        if (report.id() == null) {
            return java.util.OptionalInt.empty();
        }
        return lastYearsPages.computeIfAbsent(report.id(),
                id -> PageAwareCheck.lastYearsPages(store, report, layout()));
    }

    private synchronized PageLayout layout() {
        if (layout == null) {
            layout = new PageLayout(new FontWidths(InstalledFonts.system()));
        }
        return layout;
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
