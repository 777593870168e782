package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.testing.SampleReports;
import org.nianbao.text.FigureScanner;

/** The benchmark's report: big enough, and a consistent report of that size raises no false alarm. */
class LargeReportTest {

    private static final Report REPORT = SampleReports.largeReport();

    @Test
    void hasAHundredPagesAndAThousandFigures() {
        int chars = REPORT.outline().stream().flatMap(e -> e.section().paragraphs().stream())
                .mapToInt(p -> p.text().length()).sum();
        long figures = REPORT.outline().stream().flatMap(e -> e.section().paragraphs().stream())
                .mapToLong(p -> FigureScanner.scan(p.text()).size()).sum();
        assertThat(chars).isGreaterThanOrEqualTo(200_000);
        assertThat(figures).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(SampleReports.largeReport()).isEqualTo(REPORT);
    }

    @Test
    void aConsistentReportOfThatSizeHasNoMismatch() {
        CheckReport result = new ReportChecker().check(REPORT);
        assertThat(result.findings()).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.verified()).isGreaterThan(140); // every rate of the generated report
    }
}
