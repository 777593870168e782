package org.nianbao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Report;

/** Rounding is exact half-up, and the checker never raises a false alarm on a correctly rounded rate. */
class RoundingProperties {

    @Test
    void exactRoundingAgreesWithBigDecimalHalfUp() {
        qt().forAll(longs().between(-10_000_000, 10_000_000), integers().between(0, 6), integers().between(0, 4))
                .checkAssert((unscaled, scale, precision) -> {
                    BigDecimal x = BigDecimal.valueOf(unscaled, scale);
                    assertThat(Ratio.of(x).round(precision)).isEqualTo(x.setScale(precision, RoundingMode.HALF_UP));
                });
    }

    @Test
    void aTieAlwaysRoundsAwayFromZero() {
        qt().forAll(longs().between(0, 1_000_000), integers().between(0, 3)).checkAssert((whole, precision) -> {
            // whole.5 at precision+1 decimals, e.g. 12.5 → 13, 0.125 → 0.13
            BigDecimal tie = BigDecimal.valueOf(whole * 10 + 5, precision + 1);
            BigDecimal up = BigDecimal.valueOf(whole + 1, precision);
            assertThat(Ratio.of(tie).round(precision)).isEqualTo(up);
            assertThat(Ratio.of(tie).roundsTo(up)).isTrue();
            assertThat(Ratio.of(tie).roundsTo(BigDecimal.valueOf(whole, precision))).isFalse();
        });
    }

    @Test
    void aCorrectlyRoundedClosureRateIsAlwaysVerified() {
        qt().withExamples(300).forAll(acceptedAndClosed(), integers().between(0, 2))
                .checkAssert((counts, precision) -> {
                    BigDecimal rate = percent(counts[1], counts[0], precision);
                    assertThat(Fixtures.only(closure(counts[0], counts[1], rate), "rate").status()).isEqualTo(FindingStatus.OK);
                });
    }

    @Test
    void aRateOffByOneInItsLastDigitIsAMismatch() {
        qt().withExamples(300).forAll(acceptedAndClosed(), integers().between(0, 2), booleans().all())
                .assuming((counts, precision, up) -> inPercentRange(wrongRate(counts[0], counts[1], precision, up)))
                .checkAssert((counts, precision, up) -> {
                    int accepted = counts[0];
                    int closed = counts[1];
                    BigDecimal wrong = wrongRate(accepted, closed, precision, up);
                    Finding f = Fixtures.only(closure(accepted, closed, wrong), "rate");
                    BigDecimal exact = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(accepted), 12, RoundingMode.HALF_UP);
                    boolean truncation = wrong.signum() > 0
                            && exact.setScale(precision, RoundingMode.DOWN).compareTo(wrong) == 0
                            && exact.subtract(wrong).compareTo(new BigDecimal("0.5").movePointLeft(precision)) != 0;
                    if (truncation) {
                        // decision 0007: some offices truncate; ok, with a note saying what half-up gives
                        assertThat(f.status()).isEqualTo(FindingStatus.OK);
                        assertThat(f.message()).contains("四舍五入")
                                .contains(percent(closed, accepted, precision).toPlainString() + "%");
                    } else {
                        assertThat(f.status()).isEqualTo(FindingStatus.MISMATCH);
                    }
                });
    }

    /** {accepted, closed}: 1 to 100,000 cases accepted, no more closed than accepted. */
    private static Gen<int[]> acceptedAndClosed() {
        return integers().between(1, 100_000).zip(integers().between(0, 100_000),
                (a, b) -> new int[] {Math.max(a, b), Math.min(a, b)});
    }

    /** The correctly rounded rate moved one unit of its last digit up or down. */
    private static BigDecimal wrongRate(int accepted, int closed, int precision, boolean up) {
        BigDecimal rate = percent(closed, accepted, precision);
        return rate.add(BigDecimal.ONE.movePointLeft(precision).multiply(BigDecimal.valueOf(up ? 1 : -1)));
    }

    private static boolean inPercentRange(BigDecimal rate) {
        return rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    @Test
    void aCorrectlyRoundedGrowthIsAlwaysVerified() {
        qt().withExamples(300).forAll(integers().between(1, 100_000), integers().between(0, 200_000), integers().between(0, 2))
                .assuming((prior, now, precision) -> !now.equals(prior))
                .checkAssert((prior, now, precision) -> {
                    BigDecimal growth = percent(now - prior, prior, precision);
                    String word = now > prior ? "增长" : "下降"; // by the counts: "增长0%" of a fall is still wrong
                    Report r = Fixtures.withParagraphs("全年受理" + now + "件（上年" + prior + "件），同比" + word
                            + growth.abs().toPlainString() + "%。");
                    assertThat(Fixtures.only(r, "growth").status()).isEqualTo(FindingStatus.OK);
                    assertThat(Fixtures.findings(r, "growth-direction")).isEmpty();
                });
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

    @Test
    void aBreakdownWhosePartsAddUpIsAlwaysVerified() {
        qt().withExamples(200).forAll(lists().of(integers().between(1, 99_999)).ofSizeBetween(2, 9))
                .checkAssert(RoundingProperties::aBreakdownWhosePartsAddUpIsVerified);
    }

    private static void aBreakdownWhosePartsAddUpIsVerified(java.util.List<Integer> cents) {
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
