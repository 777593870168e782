package org.nianbao.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.CheckReport;
import org.nianbao.check.Finding;
import org.nianbao.check.FindingStatus;
import org.nianbao.check.ReportChecker;
import org.nianbao.check.Severity;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.store.SampleData;

/** resources/sample/README.md says which figures the checker confirms and which it cannot: hold it to that. */
class SampleReadmeTest {

    private static final Path README = Path.of("resources/sample/README.md");

    @TempDir
    Path dir;

    private List<Finding> findings() {
        Report report = new ReportImporter().read(SampleData.writeTo(dir));
        CheckReport result = new ReportChecker().check(report);
        return result.findings();
    }

    @Test
    void everyFigureTheReadmeCallsConfirmedIsConfirmed() throws IOException {
        List<String> confirmed = firstColumn("## Figures the checker confirms");
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(15);
        List<Finding> findings = findings();
        for (String figure : confirmed) {
            assertThat(findings).as("a finding on “%s”", figure)
                    .anyMatch(f -> f.text().startsWith(figure) && f.status() == FindingStatus.OK);
        }
    }

    @Test
    void noFigureTheReadmeCallsUncheckableIsReportedAsWrong() throws IOException {
        List<String> uncheckable = firstColumn("## Figures the checker cannot check");
        assertThat(uncheckable).isNotEmpty();
        for (Finding f : findings()) {
            if (uncheckable.stream().anyMatch(figure -> f.text().contains(figure))) {
                assertThat(f.severity()).as(f.message()).isEqualTo(Severity.INFO);
            }
        }
    }

    /** The first cells of the table under a heading, without the header row. */
    private static List<String> firstColumn(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).startsWith(heading)) {
            at++;
        }
        List<String> cells = new ArrayList<>();
        boolean inTable = false;
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String cell = line.substring(1, line.indexOf('|', 1)).strip();
            if (!cell.startsWith("---") && !cell.equals("figure as written")) {
                cells.add(cell);
            }
        }
        return cells;
    }
}
