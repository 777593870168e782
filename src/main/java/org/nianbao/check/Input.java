package org.nianbao.check;

import java.math.BigDecimal;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Metric;
import org.nianbao.text.Figure;

/**
 * A count used to compute a figure: from the prose (a figure) or from the metrics table.
 *
 * @param key      identity, so one count is not used twice in a formula
 * @param amount   the value in base units (万 applied)
 * @param halfUlp  half a unit of the last written digit when the count is rounded (约, 万, decimals);
 *                 zero for an exact count
 * @param shown    the value as written, for the finding ("55", "862.40万")
 * @param unit     the unit, for telling 人 from 件
 */
record Input(String key, Ratio amount, Ratio halfUlp, String shown, String unit) {

    static Input of(ProseUnit unit, int index) {
        Figure f = unit.figures().get(index);
        return new Input(unit.section() + "/" + unit.paragraph() + "/" + index, Ratio.of(f.amount()),
                halfUlp(f), f.numberText(), f.unit());
    }

    static Input of(Metric m) {
        BigDecimal amount = m.value().multiply(m.magnitude().factor());
        boolean rounded = m.approximate() || m.magnitude() != org.nianbao.model.Magnitude.NONE
                || m.value().scale() > 0;
        Ratio half = rounded ? Ratio.of(BigDecimal.ONE.movePointLeft(m.value().scale())
                .multiply(m.magnitude().factor())).divide(Ratio.of(2)) : Ratio.ZERO;
        return new Input("metric/" + m.name(), Ratio.of(amount), half, m.value().toPlainString()
                + m.magnitude().word(), m.unit());
    }

    static Ratio halfUlp(Figure f) {
        if (!f.isRounded()) {
            return Ratio.ZERO;
        }
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(f.value().scale()).multiply(f.magnitude().factor());
        return Ratio.of(ulp).divide(Ratio.of(2));
    }
}
