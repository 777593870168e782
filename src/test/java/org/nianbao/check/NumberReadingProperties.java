package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.nianbao.model.Report;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/**
 * The number classes of issue 15 over many values: exponents and names glued to letters are never
 * figures, a minus sign always makes the figure negative and never a count, a points change is checked
 * with its sign, and a date is called impossible exactly when java.time has no such day.
 */
class NumberReadingProperties {

    @Test
    void anExponentOrALetterGluedNumberIsNeverAFigure() {
        qt().withExamples(300).forAll(integers().between(0, 99999), integers().between(0, 999), letters())
                .checkAssert((mantissa, exponent, letter) -> {
                    String number = mantissa + letter + exponent;
                    List<Figure> found = FigureScanner.scan("受理" + number + "件，");
                    assertThat(found).as(number).isEmpty();
                });
    }

    static Gen<String> letters() {
        return arbitrary().pick("e", "E", "x", "G", "v");
    }

    @Test
    void aMinusSignMakesTheFigureNegativeAndNoCount() {
        qt().withExamples(300).forAll(counts(), minus(), units()).checkAssert((value, minus, unit) -> {
            String text = "受理" + minus + value.toPlainString() + unit + "，办结5件。";
            List<Figure> found = FigureScanner.scan(text);
            assertThat(found).hasSize(2);
            assertThat(found.get(0).value()).isEqualByComparingTo(value.negate());
            assertThat(found.get(0).start()).isEqualTo(2);
            FigureContexts contexts = new FigureContexts(text, found);
            assertThat(contexts.isCount(0)).isEqualTo(value.signum() == 0);
        });
    }

    /** A whole number from 0 to 99,999,999 with its point moved 0 to 2 places left. */
    static Gen<BigDecimal> counts() {
        return longs().between(0, 99_999_999L).zip(integers().between(0, 2),
                (v, places) -> BigDecimal.valueOf(v).movePointLeft(places));
    }

    static Gen<String> minus() {
        return arbitrary().pick("-", "－", "−");
    }

    static Gen<String> units() {
        return arbitrary().pick("件", "人", "人次", "元", "项");
    }

    /**
     * A rate moving from a to b, its change written with its sign after 提高 or 下降 ("提高-2.35个百分点"
     * when it fell): always verified, and never a wrong direction.
     */
    @Test
    void aPointsChangeIsCheckedWithItsSign() {
        qt().withExamples(200).forAll(rates(), rates(), booleans().all()).checkAssert((a, b, risingWord) -> {
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
        });
    }

    /** 0.00 to 100.00, always with two decimals. */
    static Gen<BigDecimal> rates() {
        return integers().between(0, 10_000).map(hundredths -> BigDecimal.valueOf(hundredths, 2));
    }

    @Test
    void aDateIsImpossibleExactlyWhenTheCalendarHasNoSuchDay() {
        qt().withExamples(500).forAll(integers().between(1990, 2100), integers().between(0, 19), integers().between(0, 40))
                .checkAssert((year, month, day) -> {
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
                });
    }
}
