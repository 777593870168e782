package org.nianbao.ui.welcome;

import java.time.Year;
import java.util.List;
import java.util.OptionalLong;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.store.ReportSummary;
import org.nianbao.ui.app.UserSettings;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineTemplate;

/**
 * Which report the window opens with: the last one opened in this database; else the newest one;
 * in an empty database (a first run) a new one, from the sample report when the app ships one,
 * else from the outline template.
 */
public final class StartupChoice {

    private StartupChoice() {
    }

    public static Report open(ReportStore store, UserSettings settings, Messages messages) {
        List<ReportSummary> reports = store.list();
        OptionalLong last = settings.lastReport(store.file());
        if (last.isPresent() && reports.stream().anyMatch(r -> r.id() == last.getAsLong())) {
            return store.load(last.getAsLong());
        }
        if (!reports.isEmpty()) {
            ReportSummary newest = reports.stream()
                    .max(java.util.Comparator.comparingInt(ReportSummary::year).thenComparingLong(ReportSummary::id))
                    .orElseThrow();
            return store.load(newest.id());
        }
        if (store.isReadOnly()) {
            return OutlineTemplate.newReport(Year.now().getValue() - 1, messages.get("report.untitled"));
        }
        Report first = store.insert(firstReport(messages));
        store.collection().addDepartments(first.id(), org.nianbao.store.SampleData.departmentsOf(first));
        return first;
    }

    static Report firstReport(Messages messages) {
        return SampleReport.load().orElseGet(() -> {
            int year = Year.now().getValue() - 1;
            return OutlineTemplate.newReport(year, messages.format("report.newTitle", String.valueOf(year)));
        });
    }
}
