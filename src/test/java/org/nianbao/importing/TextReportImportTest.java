package org.nianbao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.model.SectionRole;

class TextReportImportTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(TextReportImportTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Report full = new ReportImporter().read(fixture("shiliqu-2023-full.txt"));

    @Test
    void readsTheTitleLineAndTheRecipient() {
        assertThat(full.title()).isEqualTo("示例区2023年法治政府建设年度报告");
        assertThat(full.recipient()).isEqualTo("区委、区人大常委会");
        assertThat(full.year()).isEqualTo(2023);
    }

    @Test
    void keepsTheIndentedPreambleWithFullWidthPunctuation() {
        assertThat(full.preamble()).extracting(Paragraph::text)
                .containsExactly("2023年，示例区坚持以法治思维推动各项工作，法治政府建设取得新进展。现将有关情况报告如下：");
    }

    @Test
    void recognizesRunInAndStandaloneLevelTwoHeadingsInBothBracketWidths() {
        List<Section> level2 = full.sections().get(0).children();
        assertThat(level2).extracting(Section::heading)
                .containsExactly("健全依法决策机制", "深化行政执法改革", "加强普法宣传");
        assertThat(level2).extracting(Section::style)
                .containsExactly(HeadingStyle.RUN_IN, HeadingStyle.STANDALONE, HeadingStyle.RUN_IN);
        assertThat(level2.get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("全年提交区政府常务会议审议的重大行政决策事项12项，均经过合法性审查。");
        assertThat(level2.get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("区司法局牵头推进执法规范化建设，全年受理行政执法投诉46件，办结44件，办结率为95.65%。");
    }

    @Test
    void recognizesLevelThreeMarkersWithAnyStopAndLevelFourInBothBracketWidths() {
        Section reform = full.sections().get(0).children().get(1);
        assertThat(reform.children()).extracting(Section::heading)
                .containsExactly("规范执法程序", "加强执法监督", "强化执法保障");
        Section supervision = reform.children().get(1);
        assertThat(supervision.style()).isEqualTo(HeadingStyle.STANDALONE);
        assertThat(supervision.paragraphs()).extracting(Paragraph::text).containsExactly("抽查执法案卷180卷，优秀率为62.5%。");
        assertThat(supervision.children()).extracting(Section::heading).containsExactly("开展专项评查", "组织交叉检查");
        assertThat(supervision.children()).extracting(Section::style)
                .containsExactly(HeadingStyle.RUN_IN, HeadingStyle.STANDALONE);
        assertThat(reform.children().get(2).paragraphs().get(0).text()).contains("约3.5万元");
    }

    @Test
    void leavesFiguresAndLatinTextAloneWhenNormalizing() {
        String publicity = full.sections().get(0).children().get(2).paragraphs().get(0).text();
        assertThat(publicity).isEqualTo("组织“宪法宣传周”活动28场，参与群众约1.2万人次，使用Word 2016制作宣传册（第2版）。");
    }

    @Test
    void turnsTheEnumerationOfTheShortcomingsPartIntoProblems() {
        Section problems = full.sections().get(1);
        assertThat(problems.role()).isEqualTo(SectionRole.PROBLEMS);
        assertThat(problems.paragraphs()).extracting(Paragraph::text)
                .containsExactly("对照上级要求，我区法治政府建设仍存在一些不足，主要是：");
        assertThat(full.problems()).extracting(p -> p.text())
                .containsExactly("部分部门合法性审查力量不足", "基层执法人员专业素养有待提高", "普法宣传形式较为单一");
        assertThat(full.sections().get(2).role()).isEqualTo(SectionRole.ORDINARY);
    }

    @Test
    void readsIssuersOnSeparateLinesAndTheDate() {
        assertThat(full.issuers()).containsExactly("示例区委员会", "示例区人民政府");
        assertThat(full.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        Section plan = full.sections().get(2);
        assertThat(plan.children()).hasSize(2);
        assertThat(plan.children().get(1).paragraphs()).extracting(Paragraph::text).containsExactly("开展执法人员轮训2期。");
    }

    @Test
    void readsAGbkFileWithoutTitleAndProblemsOnePerParagraph() {
        Report report = new ReportImporter().read(fixture("shiliqu-2022-no-title-gbk.txt"));
        assertThat(report.title()).isEqualTo("2022年法治政府建设年度报告");
        assertThat(report.year()).isEqualTo(2022);
        assertThat(report.preamble().get(0).text()).startsWith("2022年，示例区围绕");
        assertThat(report.sections()).extracting(Section::heading).containsExactly("主要成效", "存在问题", "下一步打算");
        assertThat(report.problems()).extracting(p -> p.text())
                .containsExactly("执法信息化水平不高", "复议应诉能力有待加强");
        assertThat(report.sections().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("虽然取得一定成效，但仍存在以下问题：");
        assertThat(report.issuers()).containsExactly("示例区人民政府");
        assertThat(report.date()).isEqualTo(LocalDate.of(2023, 2, 10));
    }

    @Test
    void readsAUtf8FileWithBomAndADateInChineseNumerals() {
        Report report = new ReportImporter().read(fixture("shiliqu-2021-bom.txt"));
        assertThat(report.title()).isEqualTo("示例区2021年法治政府建设情况的报告");
        assertThat(report.date()).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(report.problems()).extracting(p -> p.text()).containsExactly("法治队伍力量薄弱");
        assertThat(report.sections().get(1).paragraphs()).isEmpty();
    }

    @Test
    void sameTextReadsTheSameInUtf8AndGb18030() throws Exception {
        String text = Files.readString(fixture("shiliqu-2023-full.txt"));
        Path utf8 = Files.writeString(dir.resolve("u.txt"), text, StandardCharsets.UTF_8);
        Path gb = Files.writeString(dir.resolve("g.txt"), text, Charset.forName("GB18030"));
        assertThat(new ReportImporter().read(gb)).isEqualTo(new ReportImporter().read(utf8));
    }

    @Test
    void readsUtf16WithBomAsNotepadSavesUnicode() throws Exception {
        String text = Files.readString(fixture("shiliqu-2023-full.txt"));
        Path utf16 = dir.resolve("unicode.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(utf16, bytes);
        assertThat(new ReportImporter().read(utf16)).isEqualTo(full);
    }

    @Test
    void usesTheYearGivenInTheOptions() {
        Report report = new ReportImporter(new ImportOptions(2030, true)).read(fixture("shiliqu-2023-full.txt"));
        assertThat(report.year()).isEqualTo(2030);
    }

    @Test
    void takesTheYearBeforeTheDateWhenNothingElseNamesOne() throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"),
                "过去一年，我区扎实推进各项工作。\n一、主要成效\n工作有序推进。\n示例区人民政府\n2025年3月1日\n");
        assertThat(new ReportImporter().read(file).year()).isEqualTo(2024);
    }

    @Test
    void keepsHalfWidthPunctuationWhenNormalizingIsOff() {
        Report report = new ReportImporter(new ImportOptions(null, false)).read(fixture("shiliqu-2023-full.txt"));
        assertThat(report.preamble().get(0).text()).startsWith("2023年,示例区");
        assertThat(report.sections().get(0).children()).extracting(Section::heading)
                .containsExactly("健全依法决策机制", "深化行政执法改革", "加强普法宣传");
    }

    @Test
    void keepsALevelThreeMarkerStraightUnderAPartAsProse() throws Exception {
        Path file = Files.writeString(dir.resolve("skip.txt"),
                "一、主要成效\n1.加强领导。成立领导小组。\n（一）完善制度。出台制度3项。\n");
        Report report = new ReportImporter().read(file);
        Section part = report.sections().get(0);
        assertThat(part.paragraphs()).extracting(Paragraph::text).containsExactly("1.加强领导。成立领导小组。");
        assertThat(part.children()).extracting(Section::heading).containsExactly("完善制度");
    }

    @Test
    void readsATitleWrappedOverTwoLinesAndCrLfLineEnds() throws Exception {
        Path file = Files.writeString(dir.resolve("crlf.txt"),
                "示例区人民政府关于2023年法治政府建设\r\n情况的报告\r\n一、主要成效\r\n工作有序推进。\r\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.title()).isEqualTo("示例区人民政府关于2023年法治政府建设情况的报告");
        assertThat(report.sections()).hasSize(1);
        assertThat(report.issuers()).isEmpty();
        assertThat(report.date()).isNull();
    }

    @Test
    void readsATitleWithABracketedNoteAndLeavesTheClosingFormulaInTheBody() throws Exception {
        Path file = Files.writeString(dir.resolve("note.txt"),
                "示例区法治政府建设年度报告（2023年度）\n一、主要成效\n工作有序推进。\n特此报告\n示例区人民政府\n2024年1月5日\n（此件公开发布）\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.title()).isEqualTo("示例区法治政府建设年度报告（2023年度）");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("工作有序推进。", "特此报告");
        assertThat(report.issuers()).containsExactly("示例区人民政府");
        assertThat(report.date()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void prefersThePartThatSaysItListsShortcomings() throws Exception {
        Path file = Files.writeString(dir.resolve("two.txt"),
                "一、聚焦群众关切问题\n一是办好实事；二是化解纠纷。\n二、存在的差距\n一是力量不足；二是机制不全。\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.sections()).extracting(Section::role).containsExactly(SectionRole.ORDINARY, SectionRole.PROBLEMS);
        assertThat(report.problems()).extracting(p -> p.text()).containsExactly("力量不足", "机制不全");
        assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text)
                .containsExactly("一是办好实事；二是化解纠纷。");
    }

    @Test
    void doesNotTakeAListOfQuartersForAHeading() throws Exception {
        Path file = Files.writeString(dir.resolve("q.txt"), "一、主要成效\n一、二季度共受理案件30件。\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.sections()).hasSize(1);
        assertThat(report.sections().get(0).paragraphs()).extracting(Paragraph::text).containsExactly("一、二季度共受理案件30件。");
    }

    @Test
    void readsTheHeaderBlockOfAnOfficialDocumentAboveTheTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("header.txt"), "示例区人民政府文件\n示区〔2024〕3号    签发人:张明\n"
                + "示例区人民政府关于2023年法治政府建设情况的报告\n市人民政府：\n2023年，我区推进法治建设。\n一、主要成效\n工作有序推进。\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.settings().headerEnabled()).isTrue();
        assertThat(report.settings().header())
                .isEqualTo(new org.nianbao.model.HeaderBlock("示例区人民政府文件", "示区〔2024〕3号", "张明", false));
        assertThat(report.title()).isEqualTo("示例区人民政府关于2023年法治政府建设情况的报告");
        assertThat(report.recipient()).isEqualTo("市人民政府");
        assertThat(report.preamble()).extracting(Paragraph::text).containsExactly("2023年，我区推进法治建设。");
    }

    @Test
    void keepsHeaderLikeLinesInThePreambleWhenNoTitleFollows() throws Exception {
        Path file = Files.writeString(dir.resolve("nohead.txt"),
                "根据示区〔2024〕3号通知要求，现报告如下。\n一、主要成效\n工作有序推进。\n");
        Report report = new ReportImporter().read(file);
        assertThat(report.settings().headerEnabled()).isFalse();
        assertThat(report.preamble()).extracting(Paragraph::text).containsExactly("根据示区〔2024〕3号通知要求，现报告如下。");
    }
}
