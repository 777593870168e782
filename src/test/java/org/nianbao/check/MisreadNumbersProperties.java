package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/** Issue 15, "Numbers the checker must not misread", as classes of input rather than single cases. */
class MisreadNumbersProperties {

    @Test
    void aNumberWithAnExponentIsNoFigure() {
        qt().withExamples(200).forAll(integers().between(0, 99_999), integers().between(0, 9_999))
                .checkAssert((mantissa, exponent) -> {
                    assertThat(FigureScanner.scan("受理" + mantissa + "e" + exponent + "件，")).isEmpty();
                    assertThat(FigureScanner.scan("受理" + mantissa + "E" + exponent + "件，")).isEmpty();
                });
    }

    @Test
    void aMinusSignMakesANegativeFigureThatIsNoCount() {
        qt().withExamples(200).forAll(integers().between(1, 1_000_000)).checkAssert(n -> {
            String text = "受理-" + n + "件，办结" + n + "件，办结率100%。";
            Figure f = FigureScanner.scan(text).get(0);
            assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(-n));
            assertThat(Fixtures.only(Fixtures.withParagraphs(text), "rate").status()).isNotEqualTo(FindingStatus.OK);
        });
    }

    @Test
    void aNegativeRiseInPointsIsCheckedLikeAFall() {
        qt().withExamples(200).forAll(integers().between(100, 999), integers().between(1, 99), booleans().all())
                .checkAssert((prior, fall, right) -> {
                    BigDecimal before = BigDecimal.valueOf(prior, 1);
                    BigDecimal now = before.subtract(BigDecimal.valueOf(fall, 1));
                    BigDecimal stated = BigDecimal.valueOf(right ? fall : fall + 10, 1);
                    Finding f = Fixtures.only(Fixtures.withParagraphs("考试通过率为" + now.toPlainString() + "%（上年"
                            + before.toPlainString() + "%），提高-" + stated.toPlainString() + "个百分点。"), "points");
                    assertThat(f.status()).as(f.message()).isEqualTo(right ? FindingStatus.OK : FindingStatus.MISMATCH);
                    assertThat(Fixtures.findings(Fixtures.withParagraphs("考试通过率为" + now.toPlainString() + "%（上年"
                            + before.toPlainString() + "%），提高-" + stated.toPlainString() + "个百分点。"),
                            "growth-direction")).isEmpty();
                });
    }

    /**
     * Every year/month/day in range: a month up to 12 with a day up to 28 always exists, so days that
     * exist and days that cannot (a 13th month, a 30 February, day 45) all come up without filtering.
     */
    @Test
    void anImpossibleDateSaysSoAndAPossibleOneDoesNot() {
        qt().withExamples(300).forAll(integers().between(2000, 2099), integers().between(1, 99), integers().between(1, 99))
                .checkAssert((year, month, day) -> {
                    boolean exists = month <= 12 && day <= YearMonth.of(year, month).lengthOfMonth();
                    String date = year + "年" + month + "月" + day + "日";
                    boolean flagged = Fixtures.findings(Fixtures.withParagraphs(date + "召开专题会议。"), RuleId.IMPOSSIBLE_DATE)
                            .stream().anyMatch(f -> f.message().contains("不存在"));
                    assertThat(flagged).as(date).isEqualTo(!exists);
                });
    }
}
