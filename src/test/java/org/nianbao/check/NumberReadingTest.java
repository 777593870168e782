package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.model.Report;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/**
 * Numbers the checker must not misread (issue 15): "1e309件" is not 1, "-5件" is not 5,
 * "提高-2.35个百分点" is checked like any points figure, "2023年13月45日" is an impossible date and
 * says so.
 */
class NumberReadingTest {

    @Test
    void anExponentIsNoFigureAndDoesNotLeaveItsLastDigitsAsOne() {
        assertThat(FigureScanner.scan("受理1e309件")).isEmpty();
        Report report = Fixtures.withParagraphs("受理1e309件，办结1件，办结率100%。");
        assertThat(Fixtures.findings(report, RuleId.RATE)).noneMatch(f -> f.status() == FindingStatus.OK);
    }

    @Test
    void aRunOfDigitsLongerThanAnyAmountIsNoFigure() {
        assertThat(FigureScanner.scan("罚没款" + "1".repeat(33) + "元，受理12件")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("12"));
        assertThat(FigureScanner.scan("罚没款" + "1".repeat(32) + "元")).hasSize(1);
    }

    @Test
    void aMinusSignMakesACountNegativeAndNoCountOfARate() {
        List<Figure> found = FigureScanner.scan("受理-5件");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("-5"));
        assertThat(found.get(0).start()).isEqualTo(2); // the sign belongs to the figure
        Report report = Fixtures.withParagraphs("受理-5件，办结5件，办结率100%。");
        assertThat(Fixtures.findings(report, RuleId.RATE)).noneMatch(f -> f.status() == FindingStatus.OK);
    }

    @Test
    void aNegativeRiseInPointsIsAFallAndVerifies() {
        Report report = Fixtures.withParagraphs("行政复议纠错率由10.5%提高到8.15%，提高-2.35个百分点。");
        Finding points = Fixtures.only(report, RuleId.POINTS);
        assertThat(points.status()).isEqualTo(FindingStatus.OK);
        assertThat(points.message()).contains("即下降2.35个百分点");
        assertThat(Fixtures.findings(report, RuleId.GROWTH_DIRECTION)).isEmpty();
    }

    @Test
    void aNegativeRiseInPointsThatDoesNotFollowIsAMismatch() {
        Report report = Fixtures.withParagraphs("行政复议纠错率由10.5%提高到8.15%，提高-3.35个百分点。");
        assertThat(Fixtures.only(report, RuleId.POINTS).status()).isEqualTo(FindingStatus.MISMATCH);
    }

    @Test
    void aNegativeRiseWhereTheRateRoseIsAWrongDirection() {
        Report report = Fixtures.withParagraphs("行政复议纠错率由10.5%提高到12.85%，提高-2.35个百分点。");
        Finding direction = Fixtures.only(report, RuleId.GROWTH_DIRECTION);
        assertThat(direction.message()).contains("提高-2.35个百分点").contains("实为上升2.35");
    }

    @Test
    void aNegativeGrowthIsReadWithItsSign() {
        Report report = Fixtures.withParagraphs("受理案件90件（上年100件），同比增长-10%。");
        assertThat(Fixtures.only(report, RuleId.GROWTH).status()).isEqualTo(FindingStatus.OK);
        assertThat(Fixtures.findings(report, RuleId.GROWTH_DIRECTION)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年13月45日召开会议。|2023年13月45日|一年只有12个月，没有13月",
            "2023年2月29日召开会议。|2023年2月29日|2023年2月只有28天",
            "于4月31日召开会议。|4月31日|4月只有30天",
            "2023年4月0日召开会议。|2023年4月0日|没有0日",
            "二〇二三年十三月召开会议。|二〇二三年十三月|没有13月",
            "2023年１３月５日召开会议。|2023年１３月５日|没有13月"})
    void anImpossibleDateSaysWhy(String paragraph, String date, String why) {
        Finding f = Fixtures.only(Fixtures.withParagraphs(paragraph), RuleId.IMPOSSIBLE_DATE);
        assertThat(f.text()).isEqualTo(date);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).startsWith("日期“" + date + "”不存在：").contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年2月29日召开会议。", "于2月29日召开会议。", "12月31日前完成。", "连续13月无事故。",
            "1至12月，共办理案件13件。", "二〇二〇年十二月三十一日", "全年共13个月的数据。"})
    void aPossibleDateOrNoDateIsNotFlagged(String paragraph) {
        assertThat(Fixtures.findings(Fixtures.withParagraphs(paragraph), RuleId.IMPOSSIBLE_DATE)).isEmpty();
    }
}
