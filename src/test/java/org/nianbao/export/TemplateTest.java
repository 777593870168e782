package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;

class TemplateTest {

    @TempDir
    Path dir;

    static Map<String, String> parts(byte[] docx) throws Exception {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void checkedInTemplateIsWhatTheBuilderMakes() throws Exception {
        Path checkedIn = Path.of(TemplateBuilder.TEMPLATE_FILE);
        assertThat(checkedIn).exists();
        // the same parts with the same content; zip timestamps and compression do not count
        assertThat(parts(Files.readAllBytes(checkedIn)))
                .as("templates/gongwen.docx is stale: run TemplateBuilder.main and check the file in")
                .isEqualTo(parts(new TemplateBuilder().build()));
    }

    @Test
    void templateOpensInPoiWithEveryNamedStyle() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new TemplateBuilder().build()))) {
            for (GongwenStyle style : GongwenStyle.values()) {
                assertThat(doc.getStyles().getStyleWithName(style.styleName())).as(style.styleName()).isNotNull();
            }
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void builtInTemplateComesFromTheClasspath() {
        TemplatePackage template = DocxExporter.template(null);
        assertThat(template.source()).startsWith("built-in");
        assertThat(template.bodySectionProperties()).startsWith("<w:sectPr").endsWith("</w:sectPr>")
                .contains("w:linePitch=\"579\"");
    }

    @Test
    void templateLackingStylesIsRefusedNamingEveryMissingOne() throws Exception {
        Map<String, String> parts = parts(new TemplateBuilder().build());
        parts.put("word/styles.xml", parts.get("word/styles.xml")
                .replace("w:val=\"公文二级标题\"", "w:val=\"Heading 2 local\"")
                .replace("w:val=\"公文附件标识\"", "w:val=\"Attachment\""));
        Path template = dir.resolve("local.docx");
        Files.write(template, zip(parts));
        Report report = ExportFixtures.small();
        report = report.withSettings(report.settings().withTemplatePath(template.toString()));
        Path target = dir.resolve("out.docx");
        Report finalReport = report;
        assertThatThrownBy(() -> ExportedDocx.exporter().export(finalReport, target))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).chinese()).contains("缺少样式")
                        .contains("公文二级标题").contains("公文附件标识").doesNotContain("公文正文"))
                .hasMessageContaining("missing styles");
        assertThat(target).doesNotExist();
    }

    @Test
    void headerStylesAreRequiredOnlyWhenTheHeaderBlockIsPrinted() throws Exception {
        Map<String, String> parts = parts(new TemplateBuilder().build());
        parts.put("word/styles.xml", parts.get("word/styles.xml").replace("w:val=\"公文发文机关标志\"", "w:val=\"x\""));
        Path template = dir.resolve("local.docx");
        Files.write(template, zip(parts));
        Report report = ExportFixtures.small();
        ExportedDocx.exporter().export(report.withSettings(report.settings().withTemplatePath(template.toString())),
                dir.resolve("plain.docx"));
        assertThat(dir.resolve("plain.docx")).exists();
        Report withHeader = report.withSettings(
                report.settings().withTemplatePath(template.toString()).withHeaderEnabled(true));
        assertThatThrownBy(() -> ExportedDocx.exporter().export(withHeader, dir.resolve("header.docx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("公文发文机关标志");
    }

    @Test
    void editedTemplateWithOtherStyleIdsIsWrittenByStyleName() throws Exception {
        Map<String, String> parts = parts(new TemplateBuilder().build());
        // as Word may do: the same style under another id
        parts.put("word/styles.xml", parts.get("word/styles.xml").replace("w:styleId=\"GwBody\"", "w:styleId=\"a5\"")
                .replace("w:val=\"GwBody\"", "w:val=\"a5\""));
        Path template = dir.resolve("edited.docx");
        Files.write(template, zip(parts));
        Report report = ExportFixtures.small();
        report = report.withSettings(report.settings().withTemplatePath(template.toString()));
        ExportedDocx.exporter().export(report, dir.resolve("out.docx"));
        try (ExportedDocx out = ExportedDocx.open(dir.resolve("out.docx"))) {
            var preamble = out.paragraphStarting("2020年，示例区坚持依法行政");
            assertThat(preamble.getStyleID()).isEqualTo("a5");
            assertThat(out.styleName(preamble)).isEqualTo("公文正文");
        }
    }

    @Test
    void notADocxIsRefusedWithAClearMessage() throws Exception {
        Path template = dir.resolve("notes.docx");
        Files.writeString(template, "plain text, not a Word file");
        Report report = ExportFixtures.small();
        Report bad = report.withSettings(report.settings().withTemplatePath(template.toString()));
        assertThatThrownBy(() -> ExportedDocx.exporter().export(bad, dir.resolve("out.docx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不是有效的 Word 文档");
        Report missing = report.withSettings(report.settings().withTemplatePath(dir.resolve("none.docx").toString()));
        assertThatThrownBy(() -> ExportedDocx.exporter().export(missing, dir.resolve("out.docx")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("找不到模板文件");
    }

    @Test
    void templateSavedAsDotxExportsAsADocument() throws Exception {
        Map<String, String> parts = parts(new TemplateBuilder().build());
        parts.put("[Content_Types].xml", parts.get("[Content_Types].xml")
                .replace("wordprocessingml.document.main+xml", "wordprocessingml.template.main+xml"));
        Path template = dir.resolve("local.dotx");
        Files.write(template, zip(parts));
        Report report = ExportFixtures.small();
        ExportedDocx.exporter().export(report.withSettings(report.settings().withTemplatePath(template.toString())),
                dir.resolve("out.docx"));
        assertThat(parts(Files.readAllBytes(dir.resolve("out.docx"))).get("[Content_Types].xml"))
                .contains("wordprocessingml.document.main+xml").doesNotContain("template.main");
    }
}
