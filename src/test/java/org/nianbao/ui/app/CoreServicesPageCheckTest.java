package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.checks.FindingView;

/** Issue 11: the window's checks carry the page findings too, as `check` on the command line does. */
class CoreServicesPageCheckTest {

    @TempDir
    Path dir;

    @Test
    void aPageCountFarFromLastYearsReportInTheSameDatabaseIsAmongTheWindowsFindings() {
        Report now = Fixtures.smallReport();
        List<Section> sixTimes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sixTimes.addAll(now.sections());
        }
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            store.insert(now.withYear(2022).withTitle(now.title().replace("2023", "2022")).withSections(sixTimes));
            Report stored = store.insert(now);
            CoreServices services = new CoreServices();

            List<FindingView> findings = services.check(store, stored);

            assertThat(findings).extracting(FindingView::rule).contains("page.page_count_far_from_last_year");
            assertThat(findings).filteredOn(f -> f.rule().startsWith("page.")).extracting(FindingView::message)
                    .anyMatch(m -> m.contains("上年"));
            // the checker's own findings are all still there, in its order
            assertThat(findings).filteredOn(f -> !f.rule().startsWith("page."))
                    .containsExactlyElementsOf(services.check(stored));
        }
    }

    @Test
    void aReportAloneInItsDatabaseHasNoPageCountFinding() {
        try (ReportStore store = ReportStore.open(dir.resolve("alone.db"))) {
            Report stored = store.insert(Fixtures.smallReport());
            assertThat(new CoreServices().check(store, stored)).extracting(FindingView::rule)
                    .noneMatch(rule -> rule.equals("page.page_count_far_from_last_year"));
        }
    }
}
