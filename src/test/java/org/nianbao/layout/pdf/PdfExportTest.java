package org.nianbao.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.ExportFixtures;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.Page;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;

/** The PDF read back with PDFBox: the engine's text on each page, fonts embedded, outline, properties. */
class PdfExportTest {

    @TempDir
    static Path dir;

    private static Report report;
    private static LaidOutReport pages;
    private static Path pdf;

    @BeforeAll
    static void export() {
        assumeTrue(InstalledFonts.system().hasChinese(), "no Chinese font installed (apt-get install fonts-noto-cjk)");
        report = ExportFixtures.withEverything(ExportFixtures.small());
        PdfExporter exporter = new PdfExporter();
        pages = exporter.layOut(report);
        pdf = dir.resolve("报告.pdf");
        PdfExporter.Result result = exporter.export(report, pdf);
        assertThat(result.pages()).isEqualTo(pages.pageCount());
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void eachPageHoldsTheEnginesTextSelectableAndSearchable() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages.pageCount());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.pageCount(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                Page page = pages.pages().get(i);
                assertThat(squeeze(stripper.getText(doc))).as("page " + (i + 1)).isEqualTo(squeeze(page.text()));
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                if (font instanceof PDType3Font t3) {
                    // glyph procedures of the characters used, and no more than 255 of them
                    assertThat(t3.getCharProcs().size()).isBetween(1, 255);
                    assertThat(t3.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                } else {
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
                }
            }
        }
    }

    @Test
    void theOutlineMirrorsTheHeadingsAndThePropertiesAreSet() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).containsExactly("一、主要举措和成效", "二、存在的不足和原因", "三、下一年度工作安排");
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getFirstChild().getTitle()).isEqualTo("（一）提高政治站位，落实法治责任。");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(report.title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("示例区人民政府");
            assertThat(doc.getDocumentInformation().getSubject()).contains("法治政府建设年度报告");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
    }

    @Test
    void withoutAnyChineseFontTheExportSaysWhatToInstallAndWritesNothing(@TempDir Path empty) {
        InstalledFonts none = new InstalledFonts(InstalledFonts.scan(List.of(empty)));
        Path target = empty.resolve("x.pdf");
        assertThatThrownBy(() -> new PdfExporter(none).export(report, target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("没有安装中文字体")
                .hasMessageContaining("fonts-noto-cjk");
        assertThat(Files.exists(target)).isFalse();
    }
}
