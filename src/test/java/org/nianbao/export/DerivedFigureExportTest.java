package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Metric;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

/**
 * Issue 14 defect 4, issue 9: a derived metric without a stored value (what "new report from last
 * year's" leaves) is printed with the value its formula gives, as the checker and the window see it,
 * never as "{{审结率}}".
 */
class DerivedFigureExportTest {

    @Test
    void aDerivedMetricWithoutAStoredValueIsPrintedAsComputed(@TempDir Path dir) throws Exception {
        Report base = ExportFixtures.small();
        List<Metric> metrics = new java.util.ArrayList<>(base.metrics());
        metrics.addAll(List.of(
                Metric.count("受理", new BigDecimal("2410"), "件"),
                Metric.count("审结", new BigDecimal("2288"), "件"),
                Metric.derived("审结率", "审结 / 受理 * 100", 2, "%")));
        Section first = base.sections().get(0);
        Section withRate = first.withParagraphs(List.of(Paragraph.of("全年受理{{受理}}，审结{{审结}}，审结率{{审结率}}。")));
        Report report = base.withMetrics(metrics).withSections(List.of(withRate, base.sections().get(1),
                base.sections().get(2)));

        try (ExportedDocx docx = ExportedDocx.export(report, dir)) {
            String all = String.join("\n", docx.texts());
            assertThat(all).doesNotContain("{{").contains("审结率94.94%");
        }
    }

    @Test
    void aStaleStoredValueOfADerivedMetricIsPrintedAsComputedNow(@TempDir Path dir) throws Exception {
        Report base = ExportFixtures.small();
        List<Metric> metrics = List.of(
                Metric.count("受理", new BigDecimal("2410"), "件"),
                Metric.count("审结", new BigDecimal("2288"), "件"),
                Metric.derived("审结率", "审结 / 受理 * 100", 2, "%").withValue(new BigDecimal("90.00")));
        Section withRate = base.sections().get(0).withParagraphs(List.of(Paragraph.of("审结率{{审结率}}。")));
        Report report = base.withMetrics(metrics).withSections(List.of(withRate, base.sections().get(1),
                base.sections().get(2)));

        try (ExportedDocx docx = ExportedDocx.export(report, dir)) {
            assertThat(String.join("\n", docx.texts())).contains("审结率94.94%").doesNotContain("90.00%");
        }
    }
}
