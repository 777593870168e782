package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.Attachment;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemItem;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;

/**
 * Every XML part of every kind of export validates against ISO/IEC 29500 Transitional (the schemas
 * Word's own files conform to), and keeps the children of w:rPr, w:pPr and w:sectPr in the order
 * Word expects, which the Transitional schema leaves unchecked for w:rPr.
 */
class SchemaValidationTest {

    @TempDir
    Path dir;

    /** Symbols of ambiguous width and characters XML forbids, as a store may hold them. */
    static final String SYMBOLS_AND_HOSTILE = "①℃‰×≥≤※Ⅰ§°±“”—…·\t<&>\"'" + ExportDefectsTest.HOSTILE
            + "\r\n第二行\u2028\uD842\uDFB7";

    static Stream<Arguments> exports() {
        Report small = ExportFixtures.small();
        Report everything = ExportFixtures.withEverything(small);
        return Stream.of(
                Arguments.of("plain", small),
                Arguments.of("header block", small.withSettings(small.settings().withHeaderEnabled(true))),
                Arguments.of("header and end block", everything),
                Arguments.of("letterhead paper", small.withSettings(ExportFixtures.withHeaderAndEnd(small.settings(), true))),
                Arguments.of("sealed", small.withSettings(small.settings().withSealed(true))),
                Arguments.of("bold headings, one problem a paragraph", everything.withSettings(
                        ExportFixtures.withLayout(everything.settings(), ProblemLayout.ONE_PER_PARAGRAPH, true))),
                Arguments.of("no attachments", small.withAttachments(List.of())),
                Arguments.of("symbols and hostile characters", hostile(everything)),
                Arguments.of("several pages", ExportFixtures.multiPage(3)));
    }

    /** Every text of the report (title, issuers, body, headings, problems, attachments, blocks) made hostile. */
    static Report hostile(Report report) {
        String h = SYMBOLS_AND_HOSTILE;
        return report.withTitle(report.title() + h)
                .withIssuers(report.issuers().stream().map(s -> s + h).toList())
                .withRecipient(report.recipient() + h)
                .withPreamble(List.of(Paragraph.of(h), Paragraph.of("  前后空格  " + h + "  ")))
                .withSections(report.sections().stream().map(s -> s.withHeading(s.heading() + h)
                        .withParagraphs(List.of(Paragraph.of(h + "正文" + h)))).toList())
                .withProblems(report.problems().stream().map(p -> ProblemItem.of(p.text() + h)).toList())
                .withAttachments(report.attachments().stream().map(a -> new Attachment(null, a.title() + h,
                        List.of(Paragraph.of(h)))).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void everyPartOfTheExportIsValidAndKeepsWordsOrder(String name, Report report) throws Exception {
        Path file = dir.resolve("export.docx");
        ExportedDocx.exporter().export(report, file);
        Map<String, String> parts = TemplateTest.parts(Files.readAllBytes(file));
        assertThat(parts).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml");
        assertThat(OoxmlSchemas.errors(parts)).as(name).isEmpty();
        assertThat(XmlHygieneTest.check(parts)).as(name).isEmpty();
    }

    @Test
    void theTemplateIsValid() throws Exception {
        Map<String, String> parts = TemplateTest.parts(new TemplateBuilder().build());
        assertThat(OoxmlSchemas.errors(parts)).isEmpty();
    }

    @Test
    void theValidationCanFail() {
        String misordered = "<w:document xmlns:w=\"" + TemplateParts.NS_MAIN + "\"><w:body><w:p><w:pPr>"
                + "<w:jc w:val=\"left\"/><w:pStyle w:val=\"x\"/></w:pPr></w:p></w:body></w:document>";
        assertThat(OoxmlSchemas.errors("word/document.xml", misordered, "driver-wml.xsd")).isNotEmpty();
        String unknownAttribute = "<w:document xmlns:w=\"" + TemplateParts.NS_MAIN + "\"><w:body><w:p><w:r>"
                + "<w:rPr><w:rFonts w:hint=\"chinese\"/></w:rPr></w:r></w:p></w:body></w:document>";
        assertThat(OoxmlSchemas.errors("word/document.xml", unknownAttribute, "driver-wml.xsd")).isNotEmpty();
        String core = TemplateParts.coreProperties("题", "机关", "yesterday", "zh-CN");
        assertThat(OoxmlSchemas.errors("docProps/core.xml", core, OoxmlSchemas.schemaFor("docProps/core.xml")))
                .isNotEmpty();
        assertThat(OoxmlSchemas.errors(Map.of("word/unknown.bin.xml", "<x/>", "docProps/custom-other.xml", "<x/>")))
                .isNotEmpty();
    }
}
