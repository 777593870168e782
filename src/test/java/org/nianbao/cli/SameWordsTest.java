package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.nianbao.check.FindingsText;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;

/** The window and the command line name the outcome of a check with the same words (核对, not 核实). */
class SameWordsTest {

    @Test
    void theWindowsCheckSummaryUsesTheCommandLinesWords() throws Exception {
        Report report = Fixtures.smallReport();
        String cli = FindingsText.write(report, new ReportChecker().check(report));
        assertThat(cli).contains("已核对").contains("无法核对");

        Properties window = new Properties();
        try (Reader in = new InputStreamReader(
                SameWordsTest.class.getResourceAsStream("/org/nianbao/ui/messages_zh_CN.properties"),
                StandardCharsets.UTF_8)) {
            window.load(in);
        }
        assertThat(window.getProperty("checks.summary")).contains("已核对").contains("无法核对");
        assertThat(window.values()).as("the window's Chinese texts").noneMatch(text -> text.toString().contains("核实"));
    }
}
