package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.nianbao.model.Report;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/**
 * The number classes of issue 15 over many values: exponents and names glued to letters are never
 * figures, a minus sign always makes the figure negative and never a count, a points change is checked
 * with its sign, and a date is called impossible exactly when java.time has no such day.
 */
class NumberReadingProperties {

    @Property(tries = 300)
    void anExponentOrALetterGluedNumberIsNeverAFigure(@ForAll @IntRange(min = 0, max = 99999) int mantissa,
                                                      @ForAll @IntRange(min = 0, max = 999) int exponent,
                                                      @ForAll("letters") String letter) {
        String number = mantissa + letter + exponent;
        List<Figure> found = FigureScanner.scan("受理" + number + "件，");
        assertThat(found).as(number).isEmpty();
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.of("e", "E", "x", "G", "v");
    }

    @Property(tries = 300)
    void aMinusSignMakesTheFigureNegativeAndNoCount(@ForAll("counts") BigDecimal value, @ForAll("minus") String minus,
                                                    @ForAll("units") String unit) {
        String text = "受理" + minus + value.toPlainString() + unit + "，办结5件。";
        List<Figure> found = FigureScanner.scan(text);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).value()).isEqualByComparingTo(value.negate());
        assertThat(found.get(0).start()).isEqualTo(2);
        FigureContexts contexts = new FigureContexts(text, found);
        assertThat(contexts.isCount(0)).isEqualTo(value.signum() == 0);
    }

    @Provide
    Arbitrary<BigDecimal> counts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999")).ofScale(0)
                .flatMap(v -> Arbitraries.integers().between(0, 2).map(v::movePointLeft));
    }

    @Provide
    Arbitrary<String> minus() {
        return Arbitraries.of("-", "－", "−");
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("件", "人", "人次", "元", "项");
    }

    /**
     * A rate moving from a to b, its change written with its sign after 提高 or 下降 ("提高-2.35个百分点"
     * when it fell): always verified, and never a wrong direction.
     */
    @Property(tries = 200)
    void aPointsChangeIsCheckedWithItsSign(@ForAll("rates") BigDecimal a, @ForAll("rates") BigDecimal b,
                                           @ForAll boolean risingWord) {
        BigDecimal change = risingWord ? b.subtract(a) : a.subtract(b); // 提高 d or 下降 d, d signed
        String word = risingWord ? "提高" : "下降";
        String paragraph = "行政复议纠错率由" + a.toPlainString() + "%" + word + "到" + b.toPlainString() + "%，" + word
                + change.toPlainString() + "个百分点。";
        Report report = Fixtures.withParagraphs(paragraph);
        List<Finding> points = Fixtures.findings(report, RuleId.POINTS);
        assertThat(points).as(paragraph).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.OK));
        // the word and the sign together say how the rate moved: never a wrong direction
        assertThat(Fixtures.findings(report, RuleId.GROWTH_DIRECTION)).as(paragraph).isEmpty();
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    }

    @Property(tries = 500)
    void aDateIsImpossibleExactlyWhenTheCalendarHasNoSuchDay(@ForAll @IntRange(min = 1990, max = 2100) int year,
                                                           @ForAll @IntRange(min = 0, max = 19) int month,
                                                           @ForAll @IntRange(min = 0, max = 40) int day) {
        String date = year + "年" + month + "月" + day + "日";
        Report report = Fixtures.withParagraphs("于" + date + "召开会议。");
        boolean exists;
        try {
            LocalDate.of(year, month, day);
            exists = true;
        } catch (DateTimeException e) {
            exists = false;
        }
        List<Finding> found = Fixtures.findings(report, RuleId.IMPOSSIBLE_DATE);
        assertThat(found).as(date).hasSize(exists ? 0 : 1);
        if (!exists) {
            assertThat(found.get(0).text()).isEqualTo(date);
        }
    }
}
