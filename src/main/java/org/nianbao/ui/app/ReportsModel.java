package org.nianbao.ui.app;

import java.time.Year;
import java.util.List;
import org.nianbao.model.Report;
import org.nianbao.store.ReportSummary;
import org.nianbao.ui.outline.OutlineTemplate;
import org.nianbao.ui.session.ReportSession;

/** The File menu's report commands: new from the outline template, new from last year's, open. */
public final class ReportsModel {

    private final ReportSession session;
    private final UserSettings settings;

    public ReportsModel(ReportSession session, UserSettings settings) {
        this.session = session;
        this.settings = settings;
        remember(session.report());
        session.reportProperty().addListener((o, a, report) -> {
            if (a == null || report == null || !java.util.Objects.equals(report.id(), a.id())) {
                remember(report);
            }
        });
    }

    /** The last report opened in this database, and the database among the recent ones. */
    private void remember(Report report) {
        if (report != null && report.id() != null) {
            settings.rememberReport(session.store().file(), report.id());
        }
    }

    public List<ReportSummary> reports() {
        return session.store().list();
    }

    public Report newFromTemplate(OutlineTemplate.Kind kind, int year) {
        return session.create(OutlineTemplate.newReport(kind, year,
                session.messages().format("report.newTitle", String.valueOf(year))));
    }

    /** The open report copied to the next year (figures become last year's values). */
    public Report newFromLastYear() {
        Report last = session.report();
        Report copy = session.write(() -> session.store().copyToYear(last.id(), last.year() + 1));
        session.show(copy);
        return copy;
    }

    public void open(long id) {
        session.openReport(id);
    }

    public int defaultYear() {
        return Year.now().getValue() - 1;
    }

    public UserSettings settings() {
        return settings;
    }
}
