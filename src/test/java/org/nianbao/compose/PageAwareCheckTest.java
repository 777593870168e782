package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Location;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.Severity;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.GlyphWidths;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;

class PageAwareCheckTest {

    @Test
    void aPageCountFarFromLastYearsJoinsTheCheckersFindingsAsInfo() {
        Report report = ExportFixtures.small();
        LaidOutReport pages = new PageLayout(GlyphWidths.fixed()).layOut(report);
        CheckReport plain = PageAwareCheck.check(report, pages, OptionalInt.empty());
        CheckReport withLastYear = PageAwareCheck.check(report, pages, OptionalInt.of(pages.pageCount() * 3));
        assertThat(withLastYear.findings()).hasSize(plain.findings().size() + 1);
        List<Finding> page = PageAwareCheck.pageFindings(pages, OptionalInt.of(pages.pageCount() * 3));
        assertThat(page).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.rule()).isEqualTo("page.page_count_far_from_last_year");
            assertThat(f.message()).contains("上年 " + pages.pageCount() * 3 + " 页");
        });
    }

    @Test
    void thePageCountComesFirstWithTheTitleTheClosingsPageFindingsLast() {
        Report report = ExportFixtures.small();
        CheckReport checked = new org.nianbao.check.ReportChecker().check(report);
        Finding count = Finding.violation("page.page_count_far_from_last_year", Severity.INFO,
                new Location("", Location.HEADING, 0, 0), "", "篇幅");
        Finding date = Finding.violation("page.date_alone", Severity.WARNING, new Location("", Location.CLOSING, 0, 0), "",
                "落款");
        List<Finding> merged = PageAwareCheck.merge(checked, List.of(date, count)).findings();
        assertThat(merged).hasSize(checked.findings().size() + 2);
        assertThat(merged.get(0)).isEqualTo(count);
        assertThat(merged.get(merged.size() - 1)).isEqualTo(date);
    }

    @TempDir
    Path dir;

    @Test
    void lastYearsReportIsTheOneOfTheYearBeforeWithTheSameTitleElseTheOnlyOne() {
        Report now = ExportFixtures.small();
        String lastTitle = now.title().replace(String.valueOf(now.year()), String.valueOf(now.year() - 1));
        try (ReportStore store = ReportStore.open(dir.resolve("a.db"))) {
            Report stored = store.insert(now);
            assertThat(PageAwareCheck.lastYears(store, stored)).isEmpty();
            Report other = store.insert(now.withYear(now.year() - 1).withTitle("另一区" + (now.year() - 1) + "年报告"));
            assertThat(PageAwareCheck.lastYears(store, stored)).get().extracting(Report::id).isEqualTo(other.id());
            Report same = store.insert(now.withYear(now.year() - 1).withTitle(lastTitle));
            assertThat(PageAwareCheck.lastYears(store, stored)).get().extracting(Report::id).isEqualTo(same.id());
            store.insert(now.withYear(now.year() - 2).withTitle(lastTitle));
            assertThat(PageAwareCheck.lastYears(store, stored)).get().extracting(Report::id).isEqualTo(same.id());
        }
        try (ReportStore store = ReportStore.open(dir.resolve("b.db"))) {
            Report stored = store.insert(now);
            store.insert(now.withYear(now.year() - 1).withTitle("甲区报告"));
            store.insert(now.withYear(now.year() - 1).withTitle("乙区报告"));
            assertThat(PageAwareCheck.lastYears(store, stored)).as("two other organizations' reports").isEmpty();
        }
    }
}
