package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Report;

/** Rounding is exact half-up, and the checker never raises a false alarm on a correctly rounded rate. */
class RoundingProperties {

    @Property
    void exactRoundingAgreesWithBigDecimalHalfUp(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long unscaled,
                                                 @ForAll @IntRange(min = 0, max = 6) int scale,
                                                 @ForAll @IntRange(min = 0, max = 4) int precision) {
        BigDecimal x = BigDecimal.valueOf(unscaled, scale);
        assertThat(Ratio.of(x).round(precision)).isEqualTo(x.setScale(precision, RoundingMode.HALF_UP));
    }

    @Property
    void aTieAlwaysRoundsAwayFromZero(@ForAll @LongRange(min = 0, max = 1_000_000) long whole,
                                      @ForAll @IntRange(min = 0, max = 3) int precision) {
        // whole.5 at precision+1 decimals, e.g. 12.5 → 13, 0.125 → 0.13
        BigDecimal tie = BigDecimal.valueOf(whole * 10 + 5, precision + 1);
        BigDecimal up = BigDecimal.valueOf(whole + 1, precision);
        assertThat(Ratio.of(tie).round(precision)).isEqualTo(up);
        assertThat(Ratio.of(tie).roundsTo(up)).isTrue();
        assertThat(Ratio.of(tie).roundsTo(BigDecimal.valueOf(whole, precision))).isFalse();
    }

    @Property(tries = 300)
    void aCorrectlyRoundedClosureRateIsAlwaysVerified(@ForAll @IntRange(min = 1, max = 100_000) int accepted,
                                                     @ForAll @IntRange(min = 0, max = 100_000) int closed,
                                                     @ForAll @IntRange(min = 0, max = 2) int precision) {
        Assume.that(closed <= accepted);
        BigDecimal rate = percent(closed, accepted, precision);
        assertThat(Fixtures.only(closure(accepted, closed, rate), "rate").status()).isEqualTo(FindingStatus.OK);
    }

    @Property(tries = 300)
    void aRateOffByOneInItsLastDigitIsAMismatch(@ForAll @IntRange(min = 1, max = 100_000) int accepted,
                                               @ForAll @IntRange(min = 0, max = 100_000) int closed,
                                               @ForAll @IntRange(min = 0, max = 2) int precision,
                                               @ForAll boolean up) {
        Assume.that(closed <= accepted);
        BigDecimal rate = percent(closed, accepted, precision);
        BigDecimal wrong = rate.add(BigDecimal.ONE.movePointLeft(precision).multiply(BigDecimal.valueOf(up ? 1 : -1)));
        Assume.that(wrong.signum() >= 0 && wrong.compareTo(BigDecimal.valueOf(100)) <= 0);
        Finding f = Fixtures.only(closure(accepted, closed, wrong), "rate");
        BigDecimal exact = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(accepted), 12, RoundingMode.HALF_UP);
        boolean truncation = wrong.signum() > 0 && exact.setScale(precision, RoundingMode.DOWN).compareTo(wrong) == 0
                && exact.subtract(wrong).compareTo(new BigDecimal("0.5").movePointLeft(precision)) != 0;
        if (truncation) {
            // decision 0007: some offices truncate; ok, with a note saying what half-up gives
            assertThat(f.status()).isEqualTo(FindingStatus.OK);
            assertThat(f.message()).contains("四舍五入").contains(rate.toPlainString() + "%");
        } else {
            assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
        }
    }

    @Property(tries = 300)
    void aCorrectlyRoundedGrowthIsAlwaysVerified(@ForAll @IntRange(min = 1, max = 100_000) int prior,
                                                @ForAll @IntRange(min = 0, max = 200_000) int now,
                                                @ForAll @IntRange(min = 0, max = 2) int precision) {
        Assume.that(now != prior);
        BigDecimal growth = percent(now - prior, prior, precision);
        String word = now > prior ? "增长" : "下降"; // by the counts: "增长0%" of a fall is still wrong
        Report r = Fixtures.withParagraphs("全年受理" + now + "件（上年" + prior + "件），同比" + word
                + growth.abs().toPlainString() + "%。");
        assertThat(Fixtures.only(r, "growth").status()).isEqualTo(FindingStatus.OK);
        assertThat(Fixtures.findings(r, "growth-direction")).isEmpty();
    }

    /** numerator ÷ denominator × 100, rounded half-up: what a careful officer writes. */
    private static BigDecimal percent(int numerator, int denominator, int precision) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), precision, RoundingMode.HALF_UP);
    }

    private static Report closure(int accepted, int closed, BigDecimal stated) {
        return Fixtures.withParagraphs("受理信访事项" + accepted + "件，办结" + closed + "件，办结率为"
                + stated.toPlainString() + "%。");
    }

    @Property(tries = 200)
    void aBreakdownWhosePartsAddUpIsAlwaysVerified(
            @ForAll @net.jqwik.api.constraints.Size(min = 2, max = 9) java.util.List<@IntRange(min = 1, max = 99_999) Integer> cents) {
        // amounts in 万元 with two decimals: the total is their exact sum
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder parts = new StringBuilder();
        for (int k = 0; k < cents.size(); k++) {
            BigDecimal part = BigDecimal.valueOf(cents.get(k), 2);
            total = total.add(part);
            parts.append(k == 0 ? "" : "、").append("类别").append((char) ('甲' + k)).append(part.toPlainString()).append("万元");
        }
        Report r = Fixtures.withParagraphs("全年罚没收入" + total.toPlainString() + "万元，其中" + parts + "。");
        assertThat(Fixtures.only(r, "sum").status()).isEqualTo(FindingStatus.OK);
    }
}
