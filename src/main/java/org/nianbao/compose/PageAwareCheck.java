package org.nianbao.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.Location;
import org.nianbao.check.ReportChecker;
import org.nianbao.check.Severity;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageRules;
import org.nianbao.model.Report;

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

    /** Checks a report and its pages together. */
    public static CheckReport check(Report report, LaidOutReport pages, OptionalInt lastYearPages) {
        List<Finding> findings = new ArrayList<>(new ReportChecker().check(report).findings());
        findings.addAll(pageFindings(pages, lastYearPages));
        return new CheckReport(findings);
    }
}
