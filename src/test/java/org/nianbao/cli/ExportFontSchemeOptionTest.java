package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.Fixtures;

/** export --fonts picks the 字体方案 for this export. */
class ExportFontSchemeOptionTest {

    @TempDir
    Path dir;

    /** The face Chinese text gets by default (the Normal style, on which every other is based). */
    private static String bodyFont(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getStyles().getStyleWithName("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia();
        }
    }

    @Test
    void windowsFacesOnRequestGb2312ByDefaultAndAnUnknownSchemeIsRefused() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Path windows = dir.resolve("windows.docx");
        CliRun run = CliRun.of("export", report.toString(), "--out", windows.toString(), "--fonts", "windows");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(bodyFont(windows)).isEqualTo("仿宋");
        Path plain = dir.resolve("plain.docx");
        assertThat(CliRun.of("export", report.toString(), "--out", plain.toString()).exitCode()).isZero();
        assertThat(bodyFont(plain)).isEqualTo("仿宋_GB2312");

        CliRun template = CliRun.of("export", report.toString(), "--out", dir.resolve("t.docx").toString(),
                "--fonts", "TEMPLATE");
        assertThat(template.exitCode()).isEqualTo(2);
        assertThat(template.err()).contains("没有指定模板");
        CliRun unknown = CliRun.of("export", report.toString(), "--out", dir.resolve("u.docx").toString(),
                "--fonts", "宋体");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("u.docx")).doesNotExist();
    }
}
