package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;

/** Issue 15, "Numbers the checker must not misread", as classes of input rather than single cases. */
class MisreadNumbersProperties {

    @Property(tries = 200)
    void aNumberWithAnExponentIsNoFigure(@ForAll @IntRange(min = 0, max = 99_999) int mantissa,
                                         @ForAll @IntRange(min = 0, max = 9_999) int exponent) {
        assertThat(FigureScanner.scan("受理" + mantissa + "e" + exponent + "件，")).isEmpty();
        assertThat(FigureScanner.scan("受理" + mantissa + "E" + exponent + "件，")).isEmpty();
    }

    @Property(tries = 200)
    void aMinusSignMakesANegativeFigureThatIsNoCount(@ForAll @IntRange(min = 1, max = 1_000_000) int n) {
        String text = "受理-" + n + "件，办结" + n + "件，办结率100%。";
        Figure f = FigureScanner.scan(text).get(0);
        assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(-n));
        assertThat(Fixtures.only(Fixtures.withParagraphs(text), "rate").status()).isNotEqualTo(FindingStatus.OK);
    }

    @Property(tries = 200)
    void aNegativeRiseInPointsIsCheckedLikeAFall(@ForAll @IntRange(min = 100, max = 999) int prior,
                                                 @ForAll @IntRange(min = 1, max = 99) int fall,
                                                 @ForAll boolean right) {
        BigDecimal before = BigDecimal.valueOf(prior, 1);
        BigDecimal now = before.subtract(BigDecimal.valueOf(fall, 1));
        BigDecimal stated = BigDecimal.valueOf(right ? fall : fall + 10, 1);
        Finding f = Fixtures.only(Fixtures.withParagraphs("考试通过率为" + now.toPlainString() + "%（上年" + before.toPlainString()
                + "%），提高-" + stated.toPlainString() + "个百分点。"), "points");
        assertThat(f.status()).as(f.message()).isEqualTo(right ? FindingStatus.OK : FindingStatus.MISMATCH);
        assertThat(Fixtures.findings(Fixtures.withParagraphs("考试通过率为" + now.toPlainString() + "%（上年"
                + before.toPlainString() + "%），提高-" + stated.toPlainString() + "个百分点。"), "growth-direction")).isEmpty();
    }

    @Property(tries = 300)
    void anImpossibleDateSaysSoAndAPossibleOneDoesNot(@ForAll @IntRange(min = 2000, max = 2099) int year,
                                                      @ForAll @IntRange(min = 1, max = 99) int month,
                                                      @ForAll @IntRange(min = 1, max = 99) int day) {
        boolean exists = month <= 12 && day <= YearMonth.of(year, month).lengthOfMonth();
        Assume.that(exists || month > 12 || day > 28);
        String date = year + "年" + month + "月" + day + "日";
        boolean flagged = Fixtures.findings(Fixtures.withParagraphs(date + "召开专题会议。"), RuleId.IMPOSSIBLE_DATE).stream()
                .anyMatch(f -> f.message().contains("不存在"));
        assertThat(flagged).as(date).isEqualTo(!exists);
    }
}
