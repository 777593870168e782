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
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.export.xml.WordRuns;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.ProblemLayout;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The defects of issue 14, each reproduced on an export read back as a reviewer's reader would. */
class ExportDefectsTest {

    static final String W = TemplateParts.NS_MAIN;

    /** Characters XML 1.0 forbids, as a store may hold them (pasted, imported, typed). */
    static final String HOSTILE = "\uFFFE\uFFFF\uD800\uDC00x\uDFFF\u0001\u0008\u000B\u000C\u001F\u007F";

    @TempDir
    Path dir;

    private static Report withBody(Report report, String... paragraphs) {
        return report.withPreamble(java.util.Arrays.stream(paragraphs).map(Paragraph::of).toList());
    }

    private Path export(String name, Report report) {
        Path file = dir.resolve(name);
        ExportedDocx.exporter().export(report, file);
        return file;
    }

    /** The paragraph texts as POI reads them back. */
    private static List<String> texts(Path file) throws Exception {
        try (ExportedDocx out = ExportedDocx.open(file)) {
            return out.texts();
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, String> parts(Path file) throws Exception {
        return TemplateTest.parts(Files.readAllBytes(file));
    }

    @Test
    void charactersXmlForbidsNeverReachAnyPartWhateverTheStoreHolds() throws Exception {
        Report small = ExportFixtures.withEverything(ExportFixtures.small());
        Report report = withBody(small, "开头" + HOSTILE + "结尾").withTitle("标题" + HOSTILE + "完")
                .withIssuers(List.of("示例区" + HOSTILE + "人民政府"));
        Path file = export("hostile.docx", report);
        for (var part : parts(file).entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                parse(part.getValue()); // a strict XML parser, as Word's: throws on a forbidden character
            }
        }
        String core = parts(file).get("docProps/core.xml");
        assertThat(core).contains("<dc:title>标题\uD800\uDC00x完</dc:title>");
        // the paired surrogates (one supplementary character) stay; the rest is dropped
        assertThat(texts(file)).contains("开头\uD800\uDC00x结尾");
    }

    @Test
    void everyRunWithAnAmbiguousWidthCharacterIsDrawnInTheChineseFont() throws Exception {
        String symbols = "①℃‰×≥≤※Ⅰ§°±÷¤¨ª­¯²³´¶¸¹º¼½¾¿→↑∶√∞∑≈≠⊥⌒■□▲△◆◇○◎●★☆♀♂‖‵′″ⅰⅹ⑴⒈";
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < symbols.length(); i++) {
            paragraphs.add("温度" + symbols.charAt(i) + "数值");
        }
        paragraphs.add("全部" + symbols);
        Path file = export("symbols.docx", withBody(ExportFixtures.small(), paragraphs.toArray(String[]::new)));
        Document xml = parse(parts(file).get("word/document.xml"));
        NodeList runs = xml.getElementsByTagNameNS(W, "r");
        List<String> unhinted = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < runs.getLength(); i++) {
            Element run = (Element) runs.item(i);
            String text = run.getTextContent();
            if (text.startsWith("温度") || text.startsWith("全部")) {
                checked++;
                NodeList fonts = run.getElementsByTagNameNS(W, "rFonts");
                if (fonts.getLength() == 0 || !"eastAsia".equals(((Element) fonts.item(0)).getAttributeNS(W, "hint"))) {
                    unhinted.add(text);
                }
            }
        }
        assertThat(checked).isEqualTo(symbols.length() + 1);
        assertThat(unhinted).isEmpty();
        // plain Chinese and ASCII need no hint (it would change nothing and bloat the file)
        assertThat(WordRuns.hasAmbiguousWidth("依法行政2023年ABC，。；：（）")).isFalse();
    }

    private static Report withProblemPart(Report report, List<Paragraph> paragraphs, ProblemLayout layout) {
        List<Section> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            sections.add(s.role() == SectionRole.PROBLEMS ? s.withParagraphs(paragraphs) : s);
        }
        return report.withSections(sections).withSettings(ExportFixtures.withLayout(report.settings(), layout, false));
    }

    @Test
    void theProblemListStandsAfterTheParagraphThatIntroducesItNotAfterTheCauses() throws Exception {
        List<Paragraph> part = List.of(Paragraph.of("对照要求，我区法治政府建设还存在一些不足："),
                Paragraph.of("究其原因，主要是思想认识还不够到位。"));
        Report inline = withProblemPart(ExportFixtures.small(), part, ProblemLayout.INLINE);
        try (ExportedDocx out = ExportedDocx.export(inline, dir)) {
            List<String> texts = out.texts();
            int list = indexOfStarting(texts, "对照要求");
            assertThat(texts.get(list)).isEqualTo("对照要求，我区法治政府建设还存在一些不足：一是法治宣传的针对性不强；二是执法人员素质有待提高。");
            assertThat(texts.get(list + 1)).isEqualTo("究其原因，主要是思想认识还不够到位。");
        }
        Report onePer = withProblemPart(ExportFixtures.small(), part, ProblemLayout.ONE_PER_PARAGRAPH);
        try (ExportedDocx out = ExportedDocx.export(onePer, dir)) {
            List<String> texts = out.texts();
            int intro = indexOfStarting(texts, "对照要求");
            assertThat(texts.subList(intro, intro + 4)).containsExactly("对照要求，我区法治政府建设还存在一些不足：",
                    "一是法治宣传的针对性不强。", "二是执法人员素质有待提高。", "究其原因，主要是思想认识还不够到位。");
        }
    }

    @Test
    void withoutAnIntroductionTheProblemListFollowsThePartsParagraphs() throws Exception {
        Report report = withProblemPart(ExportFixtures.small(), List.of(Paragraph.of("总体看，成效明显。")),
                ProblemLayout.INLINE);
        try (ExportedDocx out = ExportedDocx.export(report, dir)) {
            List<String> texts = out.texts();
            int at = indexOfStarting(texts, "总体看");
            assertThat(texts.get(at + 1)).isEqualTo("一是法治宣传的针对性不强；二是执法人员素质有待提高。");
        }
    }

    @Test
    void aListIntroducedInASubsectionOfThePartStandsThere() throws Exception {
        Report small = ExportFixtures.small();
        List<Section> sections = new ArrayList<>();
        for (Section s : small.sections()) {
            sections.add(s.role() != SectionRole.PROBLEMS ? s : s.withParagraphs(List.of()).withChildren(List.of(
                    Section.of("存在的问题", HeadingStyle.STANDALONE, List.of(Paragraph.of("主要表现在：")), List.of()),
                    Section.of("原因分析", HeadingStyle.STANDALONE, List.of(Paragraph.of("究其原因，认识不到位。")), List.of()))));
        }
        try (ExportedDocx out = ExportedDocx.export(small.withSections(sections), dir)) {
            List<String> texts = out.texts();
            int at = indexOfStarting(texts, "（一）存在的问题");
            assertThat(texts.subList(at, at + 4)).containsExactly("（一）存在的问题",
                    "主要表现在：一是法治宣传的针对性不强；二是执法人员素质有待提高。", "（二）原因分析", "究其原因，认识不到位。");
        }
    }

    private static int indexOfStarting(List<String> texts, String prefix) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with " + prefix + " in " + texts);
    }

    @Test
    void aCarriageReturnInsideAParagraphBecomesALineBreakNeverARawCr() throws Exception {
        Path file = export("cr.docx", withBody(ExportFixtures.small(), "第一行\r第二行\r\n第三行\r"));
        assertThat(parts(file).get("word/document.xml")).doesNotContain("\r");
        assertThat(texts(file)).contains("第一行\n第二行\n第三行");
    }

    @Test
    void aRunInHeadingPutsOnlyItsHeadingSentenceInTheNavigationPane() throws Exception {
        try (ExportedDocx out = ExportedDocx.export(ExportFixtures.small(), dir)) {
            // Word's style separator: the heading sentence is a paragraph of its own whose mark is
            // hidden (vanish + specVanish), so the body continues on its line; only it has the outline level
            XWPFParagraph heading = out.paragraph("（一）提高政治站位，落实法治责任。");
            var mark = heading.getCTP().getPPr().getRPr();
            assertThat(mark).isNotNull();
            assertThat(mark.sizeOfVanishArray()).isEqualTo(1);
            assertThat(mark.sizeOfSpecVanishArray()).isEqualTo(1);
            assertThat(out.styleName(heading)).isEqualTo(GongwenStyle.RUN_IN_2.styleName());
            assertThat(out.paragraphProperty(GongwenStyle.RUN_IN_2, p -> p.getOutlineLvl()).getVal().intValue())
                    .isEqualTo(1);
            List<XWPFParagraph> all = out.paragraphs();
            XWPFParagraph next = all.get(all.indexOf(heading) + 1);
            assertThat(next.getText()).startsWith("我区高度重视法治政府建设");
            assertThat(out.styleName(next)).isEqualTo(GongwenStyle.BODY.styleName());
            assertThat(next.getCTP().getPPr().getOutlineLvl()).isNull();
        }
    }

    @Test
    void anExportedRunInHeadingIsImportedAgainAsOne() throws Exception {
        Report again = new ReportImporter().read(export("again.docx", ExportFixtures.small()));
        Section runIn = again.sections().get(0).children().get(0);
        assertThat(runIn.heading()).isEqualTo("提高政治站位，落实法治责任");
        assertThat(runIn.style()).isEqualTo(HeadingStyle.RUN_IN);
        assertThat(runIn.paragraphs().get(0).text()).startsWith("我区高度重视法治政府建设");
    }
}
