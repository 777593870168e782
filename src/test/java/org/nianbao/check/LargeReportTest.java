package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.text.FigureScanner;

/** The benchmark's report: big enough, and a consistent report of that size raises no false alarm. */
class LargeReportTest {

    private static final Report REPORT = LargeReportGenerator.generate(100, 1000, 42);

    @Test
    void hasAHundredPagesAndAThousandFigures() {
        int chars = REPORT.outline().stream().flatMap(e -> e.section().paragraphs().stream())
                .mapToInt(p -> p.text().length()).sum();
        long figures = REPORT.outline().stream().flatMap(e -> e.section().paragraphs().stream())
                .mapToLong(p -> FigureScanner.scan(p.text()).size()).sum();
        assertThat(chars).isGreaterThanOrEqualTo(100_000);
        assertThat(figures).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(LargeReportGenerator.generate(100, 1000, 42)).isEqualTo(REPORT);
    }

    @Test
    void aConsistentReportOfThatSizeHasNoMismatch() {
        CheckReport result = new ReportChecker().check(REPORT);
        assertThat(result.findings()).noneMatch(f -> f.status() == FindingStatus.MISMATCH);
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.verified()).isGreaterThan(200);
    }
}
