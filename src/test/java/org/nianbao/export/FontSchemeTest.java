package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.BadInputException;
import org.nianbao.model.FontScheme;
import org.nianbao.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** 字体方案: GB2312 faces by default, Windows' stock faces on request, or the office's template as it is. */
class FontSchemeTest {

    @TempDir
    Path dir;

    private Report with(FontScheme scheme) {
        Report r = ExportFixtures.withEverything(ExportFixtures.small());
        return r.withSettings(r.settings().withFontScheme(scheme));
    }

    private Map<String, String> parts(Report report) throws Exception {
        Path file = dir.resolve("fonts.docx");
        ExportedDocx.exporter().export(report, file);
        return TemplateTest.parts(Files.readAllBytes(file));
    }

    /** The font table's entry for a face: altName, panose1, charset. */
    private static Element face(Map<String, String> parts, String name) throws Exception {
        Document fonts = ExportDefectsTest.parse(parts.get("word/fontTable.xml"));
        NodeList list = fonts.getElementsByTagNameNS(ExportDefectsTest.W, "font");
        for (int i = 0; i < list.getLength(); i++) {
            Element f = (Element) list.item(i);
            if (f.getAttributeNS(ExportDefectsTest.W, "name").equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no font " + name + " in the font table");
    }

    private static String child(Element face, String child) {
        NodeList l = face.getElementsByTagNameNS(ExportDefectsTest.W, child);
        return l.getLength() == 0 ? null : ((Element) l.item(0)).getAttributeNS(ExportDefectsTest.W, "val");
    }

    @Test
    void byDefaultTheStylesNameTheGb2312FacesAndTheFontTableTheirStockStandIns() throws Exception {
        Report report = ExportFixtures.small();
        assertThat(report.settings().fontScheme()).isEqualTo(FontScheme.GB2312);
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.eastAsiaFont(GongwenStyle.BODY)).isEqualTo("仿宋_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2)).isEqualTo("楷体_GB2312");
            assertThat(out.eastAsiaFont(GongwenStyle.TITLE)).isEqualTo("方正小标宋简体");
        }
        Map<String, String> parts = parts(report);
        for (String[] f : new String[][] {{"仿宋_GB2312", "仿宋"}, {"楷体_GB2312", "楷体"}, {"方正小标宋简体", "宋体"},
                {"黑体", "SimHei"}, {"宋体", "SimSun"}}) {
            Element face = face(parts, f[0]);
            assertThat(child(face, "altName")).as(f[0]).isEqualTo(f[1]);
            assertThat(child(face, "charset")).as(f[0]).isEqualTo("86");
            assertThat(child(face, "panose1")).as(f[0]).matches("[0-9A-F]{20}");
        }
        // a GB2312 face is described like the stock face that stands in for it
        assertThat(child(face(parts, "方正小标宋简体"), "panose1")).isEqualTo(child(face(parts, "宋体"), "panose1"));
        assertThat(child(face(parts, "Times New Roman"), "charset")).isEqualTo("00");
    }

    @Test
    void theWindowsSchemeNamesOnlyFacesAStockWindowsHas() throws Exception {
        Report report = with(FontScheme.WINDOWS);
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.eastAsiaFont(GongwenStyle.BODY)).isEqualTo("仿宋");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_1)).isEqualTo("黑体");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2)).isEqualTo("楷体");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2_CHAR)).isEqualTo("楷体");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_3)).isEqualTo("仿宋");
            assertThat(out.eastAsiaFont(GongwenStyle.TITLE)).isEqualTo("宋体");
            assertThat(out.eastAsiaFont(GongwenStyle.ISSUER_MARK)).isEqualTo("宋体");
            assertThat(out.eastAsiaFont(GongwenStyle.SIGNER_NAME)).isEqualTo("楷体");
            assertThat(out.asciiFont(GongwenStyle.BODY)).isEqualTo("Times New Roman");
        }
        Map<String, String> parts = parts(report);
        assertThat(parts.get("word/styles.xml")).doesNotContain("GB2312").doesNotContain("方正");
        assertThat(child(face(parts, "仿宋"), "altName")).isEqualTo("FangSong");
        assertThat(child(face(parts, "楷体"), "altName")).isEqualTo("KaiTi");
        assertThat(OoxmlSchemas.errors(parts)).isEmpty();
        assertThat(XmlHygieneTest.check(parts)).isEmpty();
    }

    @Test
    void theTemplateSchemeKeepsTheOfficesFacesAndNeedsATemplate() throws Exception {
        BadInputException e = catchThrowableOfType(BadInputException.class,
                () -> ExportedDocx.exporter().export(with(FontScheme.TEMPLATE), dir.resolve("no.docx")));
        assertThat(e).isNotNull();
        assertThat(e.chinese()).contains("本单位模板").contains("没有指定模板");
        assertThat(dir.resolve("no.docx")).doesNotExist();

        // an office template naming other faces: the scheme leaves them, the Windows scheme too
        Map<String, String> template = TemplateTest.parts(new TemplateBuilder().build());
        template.put("word/styles.xml", template.get("word/styles.xml").replace("仿宋_GB2312", "方正仿宋_GBK"));
        Path office = Files.write(dir.resolve("本单位模板.docx"), TemplateTest.zip(template));
        Report report = with(FontScheme.TEMPLATE);
        report = report.withSettings(report.settings().withTemplatePath(office.toString()));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.eastAsiaFont(GongwenStyle.BODY)).isEqualTo("方正仿宋_GBK");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2)).isEqualTo("楷体_GB2312");
        }
        report = report.withSettings(report.settings().withFontScheme(FontScheme.WINDOWS));
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            assertThat(out.eastAsiaFont(GongwenStyle.BODY)).isEqualTo("方正仿宋_GBK");
            assertThat(out.eastAsiaFont(GongwenStyle.HEADING_2)).isEqualTo("楷体");
        }
    }
}
