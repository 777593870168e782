package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;

/** The shipped sample: every rate whose counts it writes out is verified, not left unverifiable. */
class SampleFiguresTest {

    private static final Path SAMPLE = Path.of("resources/sample/示例区2023年法治政府建设年度报告.txt");

    @Test
    void ratesWhoseCountsTheSampleWritesAreVerified() {
        Report report = new ReportImporter().read(SAMPLE);
        List<Finding> findings = new ReportChecker().check(report).findings();
        // 纠错率 two clauses after "已审结案件中"; 网上可办 after a longer word; 案卷 优秀率; 调解成功率
        for (String stated : List.of("12.27%", "98.13%", "13%", "97.87%")) {
            assertThat(findings).as(stated)
                    .anyMatch(f -> f.rule().equals("rate") && stated.equals(f.stated())
                            && f.status() == FindingStatus.OK);
        }
    }
}
