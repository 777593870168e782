package org.nianbao.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.compose.ExportByFormat.Format;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;

/** One place picks the writer by the target's extension, for the command line and the window. */
class ExportByFormatTest {

    @TempDir
    Path dir;

    @Test
    void theExtensionNamesTheFormatInAnyCase() {
        assertThat(Format.of(Path.of("报告.DOCX"))).isEqualTo(Format.DOCX);
        assertThat(Format.of(Path.of("a/b/report.pdf"))).isEqualTo(Format.PDF);
        assertThat(Format.of(Path.of("report.Ofd"))).isEqualTo(Format.OFD);
        assertThatThrownBy(() -> Format.of(Path.of("report.odt"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("无法导出为 report.odt").hasMessageContaining(".docx（Word 文档）");
        assertThatThrownBy(() -> Format.of(Path.of("report"))).hasMessageContaining("没有扩展名");
    }

    @Test
    void aNameTypedWithoutItsExtensionGetsTheChosenFormats() {
        assertThat(Format.DOCX.completed(dir.resolve("报告"))).isEqualTo(dir.resolve("报告.docx"));
        assertThat(Format.DOCX.completed(dir.resolve("报告.DOCX"))).isEqualTo(dir.resolve("报告.DOCX"));
        assertThat(Format.PDF.completed(dir.resolve("报告.odt"))).isEqualTo(dir.resolve("报告.odt.pdf"));
    }

    @Test
    void eachFormatIsWrittenByItsOwnWriter() throws Exception {
        Path source = Files.writeString(dir.resolve("report.txt"), Fixtures.SMALL_REPORT_TEXT);
        Report report = new ReportImporter().read(source);
        ExportByFormat export = new ExportByFormat(null);

        assertThat(export.export(report, dir.resolve("r.docx")).pages()).isZero();
        assertThat(new String(Files.readAllBytes(dir.resolve("r.docx")), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");

        ExportByFormat.Result pdf = export.export(report, dir.resolve("r.pdf"));
        assertThat(pdf.format()).isEqualTo(Format.PDF);
        assertThat(pdf.pages()).isPositive();
        assertThat(Files.readString(dir.resolve("r.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

        ExportByFormat.Result ofd = export.export(report, dir.resolve("r.ofd"));
        assertThat(ofd.pages()).isEqualTo(pdf.pages());
        assertThat(dir.resolve("r.ofd")).isNotEmptyFile();
    }
}
