package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.testing.Fixtures;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

class PageExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPdfTargetIsPrintedFromThePageLayout() throws Exception {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path out = dir.resolve("年度报告.pdf");
        CliRun run = CliRun.of("export", report.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导出", "页");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("示例区2023年法治政府建设年度报告", "一、主要成效");
        }
    }

    @Test
    void anOfdTargetIsPrintedFromThePageLayout() throws Exception {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path out = dir.resolve("年度报告.OFD");
        CliRun run = CliRun.of("export", report.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导出", "页");
        try (OFDReader ofd = new OFDReader(out)) {
            assertThat(String.join("", new ContentExtractor(ofd).extractAll()))
                    .contains("示例区2023年法治政府建设年度报告", "一、主要成效");
        }
    }

    @Test
    void anOfdTargetInAMissingFolderExitsTwoWithAMessage() throws Exception {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path out = dir.resolve("没有").resolve("年度报告.ofd");
        CliRun run = CliRun.of("export", report.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("文件夹不存在").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDocxTargetStillGoesToWord() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path out = dir.resolve("年度报告.docx");
        CliRun run = CliRun.of("export", report.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith('P', 'K');
    }
}
