package org.nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

class SampleReportsTest {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern RATE = Pattern.compile("受理\\D*([0-9]+)件，办结([0-9]+)件，办结率为([0-9.]+)%");

    @TempDir
    Path dir;

    @Test
    void largeReportIsAboutAHundredPagesWithTheAskedShape() {
        Report report = SampleReports.largeReport();
        String text = SampleReports.largeReportText();
        assertThat(text.length()).isBetween(200_000, 240_000);
        assertThat(report.sections()).hasSize(60);
        assertThat(report.sections()).filteredOn(s -> s.role() == SectionRole.ORDINARY)
                .allMatch(s -> s.children().size() == 3);
        assertThat(report.outline()).extracting(OutlineEntry::level).contains(3);
        assertThat(report.problems()).hasSize(6);
    }

    @Test
    void writesExactlyTheAskedNumberOfFiguresInTheProse() {
        for (int figures : new int[] {1000, 7, 2}) {
            Report report = SampleReports.largeReport(10, figures);
            int count = 0;
            for (OutlineEntry entry : report.outline()) {
                for (var p : entry.section().paragraphs()) {
                    Matcher m = NUMBER.matcher(p.text());
                    while (m.find()) {
                        count++;
                    }
                }
            }
            assertThat(count).as("figures for %d", figures).isEqualTo(figures);
        }
    }

    @Test
    void statesEveryClosureRateCorrectlyRoundedHalfUp() {
        Matcher m = RATE.matcher(SampleReports.largeReportText());
        int rates = 0;
        while (m.find()) {
            java.math.BigDecimal expected = new java.math.BigDecimal(m.group(2)).multiply(java.math.BigDecimal.valueOf(100))
                    .divide(new java.math.BigDecimal(m.group(1)), 2, java.math.RoundingMode.HALF_UP);
            assertThat(new java.math.BigDecimal(m.group(3))).isEqualTo(expected);
            rates++;
        }
        assertThat(rates).isGreaterThan(100);
    }

    @Test
    void isDeterministic() {
        assertThat(SampleReports.largeReport(12, 100)).isEqualTo(SampleReports.largeReport(12, 100));
        assertThat(SampleReports.largeReportText()).isEqualTo(SampleReports.largeReportText());
    }

    @Test
    void largeReportTextImportsBackIntoTheSameReport() throws Exception {
        Path file = Files.writeString(dir.resolve("large.txt"), SampleReports.largeReportText());
        Report imported = new ReportImporter().read(file);
        assertThat(imported.withSections(withoutWrittenNumbers(imported.sections()))).isEqualTo(SampleReports.largeReport());
    }

    /** The numbers as the file wrote them are where the import found them; the test compares the content. */
    private static java.util.List<Section> withoutWrittenNumbers(java.util.List<Section> sections) {
        return sections.stream().map(s -> s.withWritten(null).withChildren(withoutWrittenNumbers(s.children()))).toList();
    }
}
