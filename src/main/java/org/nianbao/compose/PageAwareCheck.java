package org.nianbao.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.Location;
import org.nianbao.check.ReportChecker;
import org.nianbao.check.Severity;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.PageRules;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.store.ReportSummary;

/**
 * The checker's findings with those that depend on pages: the checker and the layout are services
 * that do not know each other (decision 0002), so this class composes them for the window and the
 * command line.
 */
public final class PageAwareCheck {

    private PageAwareCheck() {
    }

    /** The page findings of a laid-out report, as the checker writes findings. */
    public static List<Finding> pageFindings(LaidOutReport pages, OptionalInt lastYearPages) {
        List<Finding> out = new ArrayList<>();
        for (PageRules.Issue issue : PageRules.check(pages, lastYearPages)) {
            Severity severity = issue.kind() == PageRules.Kind.PAGE_COUNT_FAR_FROM_LAST_YEAR ? Severity.INFO
                    : Severity.WARNING;
            Location at = issue.kind() == PageRules.Kind.PAGE_COUNT_FAR_FROM_LAST_YEAR
                    ? new Location("", Location.HEADING, 0, 0) : new Location("", Location.CLOSING, 0, 0);
            out.add(Finding.violation("page." + issue.kind().name().toLowerCase(java.util.Locale.ROOT), severity, at,
                    "", issue.message()));
        }
        return out;
    }

    /**
     * The page findings of a report of a store: its own pages, and last year's report in the same
     * store (when there is one) for the page count to compare with.
     */
    public static List<Finding> pageFindings(ReportStore store, Report report, PageLayout layout) {
        return pageFindings(layout.layOut(report), lastYearsPages(store, report, layout));
    }

    /** The page count of last year's report in the store ({@link #lastYears}); empty when there is none. */
    public static OptionalInt lastYearsPages(ReportStore store, Report report, PageLayout layout) {
        return lastYears(store, report).map(last -> OptionalInt.of(layout.layOut(last).pageCount()))
                .orElse(OptionalInt.empty());
    }

    /**
     * Last year's report in the store: of the year before, with the same title but for the year
     * ("示例区2022年…" for "示例区2023年…"); failing that, the only report of the year before. Several
     * reports of that year with other titles (other organizations' reports) give none.
     */
    public static Optional<Report> lastYears(ReportStore store, Report report) {
        int year = report.year() - 1;
        List<ReportSummary> before = store.list().stream()
                .filter(s -> s.year() == year && (report.id() == null || s.id() != report.id())).toList();
        String title = report.title().replace(String.valueOf(report.year()), String.valueOf(year));
        Optional<ReportSummary> same = before.stream().filter(s -> s.title().equals(title)).findFirst();
        if (same.isEmpty() && before.size() == 1) {
            same = Optional.of(before.get(0));
        }
        return same.flatMap(s -> store.find(s.id()));
    }

    /** Checks a report and its pages together. */
    public static CheckReport check(Report report, LaidOutReport pages, OptionalInt lastYearPages) {
        return merge(new ReportChecker().check(report), pageFindings(pages, lastYearPages));
    }

    /**
     * The checker's findings with the page findings in document order: those about the whole report
     * (the page count, at the title) first, those about the closing (date, end block) last.
     */
    public static CheckReport merge(CheckReport checked, List<Finding> pageFindings) {
        List<Finding> findings = new ArrayList<>();
        pageFindings.stream().filter(f -> f.location().paragraph() == Location.HEADING).forEach(findings::add);
        findings.addAll(checked.findings());
        pageFindings.stream().filter(f -> f.location().paragraph() != Location.HEADING).forEach(findings::add);
        return new CheckReport(findings);
    }
}
