package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.check.Finding;
import org.nianbao.check.ReportChecker;
import org.nianbao.importing.ReportImporter;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.DocxFixtures;
import org.nianbao.testing.Fixtures;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Issue 9, item 10: the import numbers headings by position, so the source's （二） followed by （四）
 * becomes （二）（三）; the check still reports the gap at its line in the file (decision 0015), until
 * the officer takes the heading in hand.
 */
class WrittenNumberingTest {

    @TempDir
    Path dir;

    /** Line 6 is "（四）…": a blank line 3 counts, as an editor shows it. */
    private static final String WITH_GAP = "示例区2023年法治政府建设年度报告\r\n"
            + "2023年，示例区坚持依法行政。现将有关情况报告如下：\r\n"
            + "\r\n"
            + "一、主要成效\r\n"
            + "（一）加强组织领导。区政府常务会议研究法治工作4次。\r\n"
            + "（二）规范行政执法。全年组织执法人员培训3次。\r\n"
            + "（四）强化行政监督。全年开展案卷评查2次。\r\n"
            + "二、下一步工作安排\r\n"
            + "（一）深化依法行政。继续推进三项制度。\r\n"
            + "示例区人民政府\r\n"
            + "2024年2月6日\r\n";

    private Path source() throws Exception {
        return Files.writeString(dir.resolve("gap.txt"), WITH_GAP);
    }

    /** The same file numbered （一）（二）（三）, without the gap. */
    private Path withoutGap() throws Exception {
        return Files.writeString(dir.resolve("ok.txt"), WITH_GAP.replace("（四）强化", "（三）强化"));
    }

    private static List<Finding> numbering(Report report) {
        return new ReportChecker().check(report).findings().stream().filter(f -> f.rule().equals("numbering")).toList();
    }

    @Test
    void theImportRenumbersButTheCheckReportsTheGapAtItsLine() throws Exception {
        Report imported = new ReportImporter().read(source());
        Section third = imported.sections().get(0).children().get(2);
        assertThat(third.heading()).isEqualTo("强化行政监督");
        assertThat(third.written().marker()).isEqualTo("（四）");
        assertThat(numbering(imported)).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("原文第7行：（二）之后是（四），缺（三）").contains("已按位置编为（三）");
            assertThat(f.location().section()).isEqualTo("一、（三）");
            assertThat(f.text()).isEqualTo("强化行政监督"); // the heading, for the document view to mark
        });
    }

    @Test
    void aFileNumberedWithoutGapsHasNoSuchFinding() throws Exception {
        assertThat(numbering(new ReportImporter().read(withoutGap()))).isEmpty();
    }

    @Test
    void checkFileReportsTheGapInTheSource() throws Exception {
        CliRun run = CliRun.of("check", source().toString());
        assertThat(run.out()).contains("原文第7行：（二）之后是（四），缺（三）");
    }

    @Test
    void theStoredReportKeepsTheWrittenNumberUntilTheOfficerEditsTheHeading() throws Exception {
        Path db = dir.resolve("n.db");
        try (ReportStore store = ReportStore.open(db)) {
            long id = store.insert(new ReportImporter().read(source())).id();
            Report stored = store.load(id);
            assertThat(numbering(stored)).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("原文第7行：（二）之后是（四），缺（三）"));
            Section third = stored.sections().get(0).children().get(2);
            store.updateSection(third.withHeading("强化行政监督和审计监督"));
            assertThat(numbering(store.load(id))).isEmpty();
        }
    }

    @Test
    void movingTheSectionForgetsItsWrittenNumber() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            Report stored = store.insert(new ReportImporter().read(source()));
            Section third = stored.sections().get(0).children().get(2);
            store.moveSection(third.id(), stored.sections().get(1).id(), 1);
            Report after = store.load(stored.id());
            assertThat(after.sections().get(1).children().get(1).written()).isNull();
            assertThat(numbering(after)).isEmpty();
        }
    }

    /** Found in the window: the first heading moved below the second, the second's （二） was reported as a gap. */
    @Test
    void movingAHeadingWithinItsLevelForgetsTheWrittenNumbersOfThatLevelOnly() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            Report stored = store.insert(new ReportImporter().read(withoutGap()));
            Section first = stored.sections().get(0).children().get(0);
            store.moveSection(first.id(), stored.sections().get(0).id(), 1); // （一） below （二）
            Report after = store.load(stored.id());
            assertThat(after.sections().get(0).children()).extracting(Section::heading)
                    .containsExactly("规范行政执法", "加强组织领导", "强化行政监督");
            assertThat(after.sections().get(0).children()).allMatch(s -> s.written() == null);
            assertThat(after.sections().get(1).children().get(0).written()).as("another level").isNotNull();
            assertThat(numbering(after)).isEmpty();
        }
    }

    @Test
    void deletingTheFirstHeadingOfALevelIsNoGapInTheFile() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            Report stored = store.insert(new ReportImporter().read(withoutGap()));
            store.deleteSection(stored.sections().get(0).children().get(0).id());
            assertThat(numbering(store.load(stored.id()))).isEmpty();
        }
    }

    @Test
    void insertingTheMissingSectionClosesTheGap() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("n.db"))) {
            Report stored = store.insert(new ReportImporter().read(source()));
            store.insertSection(stored.id(), stored.sections().get(0).id(), 2, Fixtures.section("加强队伍建设", "新增内容。"));
            assertThat(numbering(store.load(stored.id()))).isEmpty();
        }
    }

    @Test
    void aWordFileIsCitedByParagraph() throws Exception {
        Path file = dir.resolve("gap.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxFixtures.paragraph(doc, "示例区2023年法治政府建设年度报告", null);
            DocxFixtures.paragraph(doc, "", null);
            DocxFixtures.paragraph(doc, "一、主要成效", null);
            DocxFixtures.paragraph(doc, "（一）加强组织领导。研究法治工作4次。", null);
            DocxFixtures.paragraph(doc, "（三）强化行政监督。开展评查2次。", null);
            DocxFixtures.paragraph(doc, "二、下一步工作安排", null);
            Files.write(file, DocxFixtures.bytes(doc));
        }
        assertThat(numbering(new ReportImporter().read(file))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("原文第5段：（一）之后是（三），缺（二）"));
    }

    @Test
    void wordListNumberingIsNotAWrittenNumber() throws Exception {
        Path file = dir.resolve("list.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
            outline.setAbstractNumId(BigInteger.ONE);
            for (int ilvl = 0; ilvl < 2; ilvl++) {
                CTLvl lvl = outline.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(ilvl));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
                lvl.addNewLvlText().setVal(ilvl == 0 ? "%1、" : "（%2）");
            }
            BigInteger id = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline)));
            DocxFixtures.paragraph(doc, "示例区2023年法治政府建设年度报告", null);
            for (String[] p : new String[][] {{"主要成效", "0"}, {"加强组织领导。研究4次。", "1"},
                    {"规范行政执法。培训3次。", "1"}, {"下一步工作安排", "0"}}) {
                XWPFParagraph para = DocxFixtures.paragraph(doc, p[0], null);
                para.setNumID(id);
                para.setNumILvl(new BigInteger(p[1]));
            }
            Files.write(file, DocxFixtures.bytes(doc));
        }
        Report report = new ReportImporter().read(file);
        assertThat(report.sections().get(0).children()).hasSize(2).allSatisfy(s -> assertThat(s.written()).isNull());
        assertThat(numbering(report)).isEmpty();
    }
}
