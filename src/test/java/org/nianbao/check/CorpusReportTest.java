package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;

class CorpusReportTest {

    private Report report;
    private CheckReport result;

    @BeforeEach
    void readCorpus() throws IOException {
        assumeTrue(Files.exists(TextReports.corpus()), "corpus not present");
        report = TextReports.read(TextReports.corpus(), 2020, "源城区2020年法治政府建设年度报告");
        result = new ReportChecker().check(report);
    }

    @Test
    void printsFindings() {
        System.out.println(FindingsText.write(report, result));
        System.out.println(FindingsJson.write(report, result));
    }
}
