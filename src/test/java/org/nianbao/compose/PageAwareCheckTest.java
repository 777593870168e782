package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.Severity;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.GlyphWidths;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.model.Report;

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
}
