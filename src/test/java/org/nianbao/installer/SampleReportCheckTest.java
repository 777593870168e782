package org.nianbao.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.CheckReport;
import org.nianbao.check.FindingsText;
import org.nianbao.check.ReportChecker;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.store.SampleData;

/**
 * The sample a new user starts with imports whole and checks with exactly one error, the deliberate
 * one documented in resources/sample/README.md: 信访 办结率 stated 97.47%, where 1203 ÷ 1247 = 96.47%.
 */
class SampleReportCheckTest {

    @TempDir
    Path dir;

    @Test
    void theSampleImportsAsAFivePartReportWithItsProblemListIssuersAndDate() {
        Report report = new ReportImporter().read(SampleData.writeTo(dir));
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.title()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(report.sections()).hasSize(5);
        assertThat(report.problems()).hasSize(3);
        assertThat(report.issuers()).containsExactly("中共示例区委员会", "示例区人民政府");
        assertThat(report.date()).hasToString("2024-01-30");
    }

    @Test
    void theCheckerFindsTheOneDeliberateErrorAndNothingElseWrong() {
        Report report = new ReportImporter().read(SampleData.writeTo(dir));
        CheckReport result = new ReportChecker().check(report);
        String text = FindingsText.write(report, result);
        assertThat(result.errors()).as(text).isEqualTo(1);
        assertThat(text).contains("97.47").contains("96.47");
        assertThat(result.warnings()).as(text).isZero();
        assertThat(result.verified()).as(text).isGreaterThanOrEqualTo(15);
    }
}
