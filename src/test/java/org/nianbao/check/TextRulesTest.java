package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.HeadingStyle;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.Section;

class TextRulesTest {

    private static Report withSections(Section... sections) {
        return Fixtures.base().withSections(List.of(sections));
    }

    @Test
    void aCompleteFivePartReportHasNoOutlineFinding() {
        assertThat(Fixtures.findings(Fixtures.withParagraphs("示例。"), "outline")).isEmpty();
    }

    @Test
    void eachMissingPartIsAWarningNotAnError() {
        Report r = withSections(Fixtures.results("示例。"), Fixtures.plans());
        List<Finding> outline = Fixtures.findings(r, "outline");
        assertThat(outline).hasSize(2).allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(outline).anyMatch(f -> f.message().contains("不足"));
        assertThat(outline).anyMatch(f -> f.message().contains("第一责任人"));
    }

    @Test
    void theThreePartOutlineIsCompleteWhenTheLeadersDutiesAreInTheBody() {
        Report r = withSections(Fixtures.results("区政府主要负责人切实履行推进法治建设第一责任人职责。"), Fixtures.problems(),
                Fixtures.plans());
        assertThat(Fixtures.findings(r, "outline")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void theThreePartTemplateAcceptsAThreePartReport() {
        Report r = withSections(Fixtures.results("示例。"), Fixtures.problems(), Fixtures.plans());
        CheckReport result = new ReportChecker(OutlineTemplate.THREE_PARTS).check(r);
        assertThat(result.findings()).noneMatch(f -> f.rule().equals("outline"));
    }

    @Test
    void partsOutOfOrderAreWarned() {
        Report r = withSections(Fixtures.problems(), Fixtures.results("示例。"), Fixtures.duties(), Fixtures.plans());
        assertThat(Fixtures.findings(r, "outline")).anyMatch(f -> f.message().contains("顺序"));
    }

    @Test
    void aNumberLeftInAHeadingIsFlaggedWithTheRightNumber() {
        Report r = withSections(Fixtures.results("示例。"), Fixtures.problems(), Fixtures.duties(),
                Fixtures.plans().withHeading("五、2021年主要安排"));
        Finding f = Fixtures.only(r, "numbering");
        assertThat(f.location().section()).isEqualTo("四、");
        assertThat(f.location().paragraph()).isEqualTo(Location.HEADING);
        assertThat(f.text()).isEqualTo("五、");
        assertThat(f.message()).contains("四、");
    }

    @Test
    void handNumberedParagraphsWithAGapAreFlagged() {
        Report r = withSections(Fixtures.results("1.完善制度。", "2.规范执法。", "4.加强监督。"), Fixtures.problems(),
                Fixtures.duties(), Fixtures.plans());
        Finding f = Fixtures.only(r, "numbering");
        assertThat(f.location().paragraph()).isEqualTo(2);
        assertThat(f.message()).contains("第3项");
    }

    @Test
    void anEnumerationThatSkipsIsFlagged() {
        Report r = Fixtures.withParagraphs("一是完善制度；二是规范执法；四是加强监督。");
        Finding f = Fixtures.only(r, "enumeration");
        assertThat(f.text()).isEqualTo("四是");
        assertThat(f.message()).contains("三是");
    }

    @Test
    void anEnumerationInOrderAcrossParagraphsIsFine() {
        Report r = Fixtures.withParagraphs("一是完善制度。", "二是规范执法。统一是关键。", "三是加强监督。");
        assertThat(Fixtures.findings(r, "enumeration")).isEmpty();
    }

    @Test
    void anEnumerationRestartsInEachParagraphThatOpensWithOne() {
        Report r = Fixtures.withParagraphs("工作：一是甲；二是乙。", "另外：一是丙；二是丁。");
        assertThat(Fixtures.findings(r, "enumeration")).isEmpty();
    }

    @Test
    void lastYearsYearInAHeadingIsFlagged() {
        Report r = withSections(Fixtures.results("示例。").withHeading("2019年法治政府建设主要成效"), Fixtures.problems(),
                Fixtures.duties(), Fixtures.plans());
        Finding f = Fixtures.only(r, "stale-year");
        assertThat(f.text()).isEqualTo("2019年");
        assertThat(f.location().section()).isEqualTo("一、");
    }

    @Test
    void nextYearAndYearsInBookTitlesAreNotFlagged() {
        Report r = Fixtures.withParagraphs("示例。").withPreamble(List.of(Paragraph.of(
                "2020年，示例区落实《法治政府建设实施纲要（2015－2020年）》，2021年将继续推进，现将有关情况报告如下：")));
        assertThat(Fixtures.findings(r, "stale-year")).isEmpty();
    }

    @Test
    void aStalePreambleYearIsFlagged() {
        Report r = Fixtures.withParagraphs("示例。").withYear(2021).withDate(LocalDate.of(2022, 2, 1));
        assertThat(Fixtures.findings(r, "stale-year")).extracting(f -> f.location().paragraph()).contains(0);
    }

    @Test
    void leadingZerosInADateAreFlagged() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("2020年03月05日召开会议。"), "date-format");
        assertThat(f.text()).isEqualTo("2020年03月05日");
        assertThat(f.message()).contains("2020年3月5日");
    }

    @Test
    void aNumericDateIsFlagged() {
        assertThat(Fixtures.only(Fixtures.withParagraphs("于2020-3-5召开会议。"), "date-format").message())
                .contains("2020年3月5日");
    }

    @Test
    void aDateAfterTheDeadlineIsWarned() {
        Report r = Fixtures.withParagraphs("示例。").withDate(LocalDate.of(2021, 4, 1));
        Finding f = Fixtures.only(r, "deadline");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().paragraph()).isEqualTo(Location.CLOSING);
    }

    @Test
    void aDateBeforeTheDeadlineIsFine() {
        assertThat(Fixtures.findings(Fixtures.withParagraphs("示例。").withDate(LocalDate.of(2021, 3, 31)), "deadline"))
                .isEmpty();
    }

    @Test
    void halfWidthPunctuationIsOneFindingPerParagraphWithItsCount() {
        Finding f = Fixtures.only(Fixtures.withParagraphs("完善制度,规范执法(试行);加强监督。金额1,234元，时间9:30。"),
                "punctuation");
        assertThat(f.location().start()).isEqualTo(4);
        assertThat(f.message()).contains("4个");
    }

    @Test
    void fullWidthPunctuationIsFine() {
        assertThat(Fixtures.findings(Fixtures.withParagraphs("完善制度，规范执法（试行）；加强监督。"), "punctuation")).isEmpty();
    }

    @Test
    void runInSectionsCountParagraphsFromTheBodyAfterTheHeading() {
        Section runIn = Section.of("完善工作机制", HeadingStyle.RUN_IN,
                List.of(Paragraph.of("示例。"), Paragraph.of("一是甲；三是乙。")), List.of());
        Report r = withSections(Fixtures.results().withChildren(List.of(runIn)), Fixtures.problems(), Fixtures.duties(),
                Fixtures.plans());
        Finding f = Fixtures.only(r, "enumeration");
        assertThat(f.location()).isEqualTo(new Location("一、（一）", 1, 4, 6));
    }

    @Test
    void aDecimalOpeningAParagraphIsNotANumber() {
        Report r = withSections(Fixtures.results("1.完善制度。", "1.5万人次参加培训。"), Fixtures.problems(),
                Fixtures.duties(), Fixtures.plans());
        assertThat(Fixtures.findings(r, "numbering")).isEmpty();
    }
}
