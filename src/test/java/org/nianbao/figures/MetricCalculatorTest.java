package org.nianbao.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;

class MetricCalculatorTest {

    private final MetricCalculator calculator = new MetricCalculator();

    private static Metric count(String name, String value) {
        return Metric.count(name, new BigDecimal(value), "件");
    }

    private static BigDecimal valueOf(List<Metric> metrics, String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void aRateIsComputedHalfUpAtItsPrecision() {
        List<Metric> out = calculator.recompute(List.of(count("受理", "68"), count("办结", "55"),
                Metric.derived("办结率", "办结 / 受理 * 100", 2, "%")));
        assertThat(valueOf(out, "办结率")).isEqualByComparingTo("80.88").hasScaleOf(2);
    }

    @Test
    void aTieRoundsUpNotToEven() {
        List<Metric> out = calculator.recompute(List.of(count("本年", "405").withPriorValue(new BigDecimal("360")),
                Metric.derived("增幅", "growth(本年)", 0, "%")));
        assertThat(valueOf(out, "增幅")).isEqualByComparingTo("13");
    }

    @Test
    void sumsAndDifferencesOnEitherSideOfTheDivision() {
        List<Metric> out = calculator.recompute(List.of(count("维持", "40"), count("驳回", "10"), count("审结", "60"),
                count("收案", "9860"), count("旧存", "1120"), count("结案", "8700"),
                Metric.derived("维持率", "(维持 + 驳回) / 审结 * 100", 1, "%"),
                Metric.derived("结收比", "结案 ÷ (收案 − 旧存) × 100", 2, "%")));
        assertThat(valueOf(out, "维持率")).isEqualByComparingTo("83.3");
        assertThat(valueOf(out, "结收比")).isEqualByComparingTo("99.54");
    }

    @Test
    void helpersForGrowthPointsSumAndPrior() {
        List<Metric> out = calculator.recompute(List.of(count("甲", "6"), count("乙", "1"),
                Metric.count("本年率", new BigDecimal("63.8"), "%"), Metric.count("上年率", new BigDecimal("58.2"), "%"),
                count("受理", "5140"), count("上年受理", "4571"),
                Metric.derived("合计", "sum(甲, 乙)", 0, "件"),
                Metric.derived("提高", "points(本年率, 上年率)", 1, "个百分点"),
                Metric.derived("增长", "growth(受理, 上年受理)", 2, "%"),
                Metric.derived("去年", "prior(受理) + 0", 0, "件")));
        assertThat(valueOf(out, "合计")).isEqualByComparingTo("7");
        assertThat(valueOf(out, "提高")).isEqualByComparingTo("5.6");
        assertThat(valueOf(out, "增长")).isEqualByComparingTo("12.45");
        assertThat(valueOf(out, "去年")).isNull(); // 受理 has no prior value
    }

    @Test
    void aDerivedMetricCanUseAnotherOnesRoundedValue() {
        List<Metric> out = calculator.recompute(List.of(count("a", "1"), count("b", "3"),
                Metric.derived("r", "a / b * 100", 1, "%"), Metric.derived("twice", "r * 2", 1, "%")));
        assertThat(valueOf(out, "twice")).isEqualByComparingTo("66.6");
    }

    @Test
    void magnitudesAreApplied() {
        Metric amount = new Metric(null, "罚没", new BigDecimal("21.6"), "元", Magnitude.WAN, true, "", null, "", null, null);
        List<Metric> out = calculator.recompute(List.of(amount, count("案件", "43"),
                Metric.derived("件均", "罚没 / 案件", 0, "元")));
        assertThat(valueOf(out, "件均")).isEqualByComparingTo("5023");
    }

    @Test
    void aMissingInputOrAZeroDenominatorLeavesNoValue() {
        List<Metric> out = calculator.recompute(List.of(Metric.count("受理", null, "件"), count("办结", "5"),
                count("零", "0"), Metric.derived("办结率", "办结 / 受理 * 100", 0, "%"),
                Metric.derived("坏", "办结 / 零", 0, "%")));
        assertThat(valueOf(out, "办结率")).isNull();
        assertThat(valueOf(out, "坏")).isNull();
    }

    @Test
    void countsAreReturnedUnchangedInOrder() {
        List<Metric> in = List.of(count("b", "2"), Metric.derived("r", "b * 2", 0, ""), count("a", "1"));
        assertThat(calculator.recompute(in)).extracting(Metric::name).containsExactly("b", "r", "a");
        assertThat(calculator.recompute(in).get(2)).isSameAs(in.get(2));
    }

    @Test
    void aBadFormulaIsBadInputInChinese() {
        assertThatThrownBy(() -> calculator.recompute(List.of(Metric.derived("r", "(a + ", 0, "%"))))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).chinese()).contains("公式"));
        assertThatThrownBy(() -> calculator.recompute(List.of(Metric.derived("r", "无此指标 * 2", 0, "%"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("无此指标");
    }

    @Test
    void aCircularFormulaIsBadInput() {
        assertThatThrownBy(() -> calculator.recompute(List.of(Metric.derived("x", "y + 1", 0, ""),
                Metric.derived("y", "x + 1", 0, "")))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("循环");
    }
}
