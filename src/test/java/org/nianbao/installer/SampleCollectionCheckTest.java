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
 * The sample's metrics by department (issue 13) agree with its prose: with them the checker still
 * finds only the deliberate error, and it compares some of the prose's counts with the table.
 */
class SampleCollectionCheckTest {

    @TempDir
    Path dir;

    @Test
    void theSampleWithItsDepartmentsFiguresStillHasOnlyTheDeliberateError() {
        Report report = new ReportImporter().read(SampleData.writeTo(dir)).withMetrics(SampleData.metrics());
        CheckReport result = new ReportChecker().check(report);
        String text = FindingsText.write(report, result);
        assertThat(result.errors()).as(text).isEqualTo(1);
        assertThat(result.warnings()).as(text).isZero();
        assertThat(text).contains("与指标表一致");
    }
}
