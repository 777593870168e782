package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;

/** export --out names the format: one the export does not write is refused, nothing written. */
class ExportOutputFormatTest {

    @TempDir
    Path dir;

    private CliRun export(String outName) throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        return CliRun.of("export", report.toString(), "--out", dir.resolve(outName).toString());
    }

    @Test
    void anExtensionTheExportDoesNotWriteIsRefusedWithExitTwoAndNoFile() throws Exception {
        for (String name : new String[] {"report.odt", "report.wps", "报告.doc", "report"}) {
            CliRun run = export(name);
            assertThat(run.exitCode()).as(name).isEqualTo(2);
            assertThat(run.err()).as(name).contains("无法导出为 " + name).contains(".docx");
            assertThat(run.err()).as(name).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).as(name).doesNotContain("已导出");
            assertThat(dir.resolve(name)).as(name).doesNotExist();
        }
    }

    @Test
    void docxInAnyCaseIsWritten() throws Exception {
        CliRun run = export("报告.DOCX");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("报告.DOCX")).isNotEmptyFile();
    }
}
