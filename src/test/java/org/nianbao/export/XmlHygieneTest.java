package org.nianbao.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.xml.WordRuns;
import org.nianbao.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Word is stricter than LibreOffice and POI: every part of the exported package (and of the
 * template) keeps the ECMA-376 order of the children of w:rPr, w:pPr and w:sectPr, names no theme
 * fonts, and hints ambiguous-width characters to the East Asian font.
 */
class XmlHygieneTest {

    static final String W = TemplateParts.NS_MAIN;

    /** ECMA-376 Part 1, CT_RPr (EG_RPrBase), in schema order. */
    static final List<String> RPR = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
            "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
            "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange");
    /** CT_PPr (CT_PPrBase then rPr, sectPr, pPrChange). */
    static final List<String> PPR = List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
            "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
            "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
            "pPrChange");
    /** CT_SectPr; header and footer references come first in any order. */
    static final List<String> SECTPR = List.of("headerReference|footerReference", "footnotePr", "endnotePr", "type",
            "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
            "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange");

    @TempDir
    Path dir;

    @Test
    void everyPartOfAnExportKeepsSchemaOrderAndNamesNoThemeFonts() throws Exception {
        Report report = ExportFixtures.withEverything(ExportFixtures.small());
        report = report.withSettings(ExportFixtures.withLayout(report.settings(), report.settings().problemLayout(), true));
        Path file = dir.resolve("all.docx");
        ExportedDocx.exporter().export(report, file);
        List<String> problems = check(TemplateTest.parts(Files.readAllBytes(file)));
        assertThat(problems).isEmpty();
    }

    @Test
    void mainDocumentOfAnExportIsValidAgainstTheWordprocessingSchema() throws Exception {
        Report report = ExportFixtures.withEverything(ExportFixtures.small());
        Path file = dir.resolve("all.docx");
        ExportedDocx.exporter().export(report, file);
        String document = TemplateTest.parts(Files.readAllBytes(file)).get("word/document.xml");
        assertThat(schemaErrors(document)).isEmpty();
        // and the validation can fail: w:jc before w:pStyle
        String misordered = document.replaceFirst("<w:pPr><w:pStyle w:val=\"GwBody\"/></w:pPr>",
                "<w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"GwBody\"/></w:pPr>");
        assertThat(schemaErrors(misordered)).isNotEmpty();
    }

    /** XMLBeans validation of the main part (POI's lite schemas hold what the other parts need only partly). */
    private static List<String> schemaErrors(String document) throws Exception {
        var doc = org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument.Factory.parse(document);
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        doc.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
        return errors.stream().map(Object::toString).toList();
    }

    @Test
    void everyPartOfTheTemplateKeepsSchemaOrder() throws Exception {
        assertThat(check(TemplateTest.parts(new TemplateBuilder().build()))).isEmpty();
    }

    @Test
    void checkerFindsMisorderedChildren() throws Exception {
        // the check itself must be able to fail
        String bad = "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:pPr><w:jc w:val=\"left\"/><w:pStyle w:val=\"x\"/>"
                + "</w:pPr><w:r><w:rPr><w:sz w:val=\"32\"/><w:rFonts w:asciiTheme=\"minorHAnsi\"/></w:rPr><w:t>“引号”</w:t>"
                + "</w:r></w:p></w:body></w:document>";
        assertThat(check(Map.of("word/document.xml", bad))).hasSize(4);
    }

    static List<String> check(Map<String, String> parts) throws Exception {
        List<String> problems = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (var part : parts.entrySet()) {
            if (!part.getKey().endsWith(".xml") || part.getKey().startsWith("[")) {
                continue;
            }
            Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(part.getValue().getBytes(StandardCharsets.UTF_8)));
            order(xml, "rPr", RPR, part.getKey(), problems);
            order(xml, "pPr", PPR, part.getKey(), problems);
            order(xml, "sectPr", SECTPR, part.getKey(), problems);
            NodeList fonts = xml.getElementsByTagNameNS(W, "rFonts");
            for (int i = 0; i < fonts.getLength(); i++) {
                Element f = (Element) fonts.item(i);
                for (String theme : List.of("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")) {
                    if (f.hasAttributeNS(W, theme)) {
                        problems.add(part.getKey() + ": theme font " + theme);
                    }
                }
            }
            NodeList runs = xml.getElementsByTagNameNS(W, "r");
            for (int i = 0; i < runs.getLength(); i++) {
                Element run = (Element) runs.item(i);
                if (WordRuns.hasAmbiguousWidth(run.getTextContent()) && !hinted(run)) {
                    problems.add(part.getKey() + ": no eastAsia hint on \"" + run.getTextContent() + "\"");
                }
            }
        }
        return problems;
    }

    private static boolean hinted(Element run) {
        NodeList fonts = run.getElementsByTagNameNS(W, "rFonts");
        return fonts.getLength() > 0 && "eastAsia".equals(((Element) fonts.item(0)).getAttributeNS(W, "hint"));
    }

    private static void order(Document xml, String element, List<String> schema, String part, List<String> problems) {
        NodeList list = xml.getElementsByTagNameNS(W, element);
        for (int i = 0; i < list.getLength(); i++) {
            int last = -1;
            String lastName = null;
            for (Node child = list.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                int at = position(schema, child.getLocalName());
                if (at < 0) {
                    problems.add(part + ": unknown " + child.getLocalName() + " in " + element);
                } else if (at < last) {
                    problems.add(part + ": " + child.getLocalName() + " after " + lastName + " in " + element);
                } else {
                    last = at;
                    lastName = child.getLocalName();
                }
            }
        }
    }

    private static int position(List<String> schema, String name) {
        for (int i = 0; i < schema.size(); i++) {
            for (String alternative : schema.get(i).split("\\|")) {
                if (alternative.equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
