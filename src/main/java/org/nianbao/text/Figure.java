package org.nianbao.text;

import java.math.BigDecimal;
import org.nianbao.model.Magnitude;

/**
 * A figure as written in prose: 约21.6万元 is value 21.6, magnitude 万, approximate, unit 元.
 *
 * @param start       offset of the first character (约 included when written)
 * @param end         offset after the unit
 * @param value       the number as written, before the magnitude; its scale is the written precision
 * @param magnitude   万 or 亿 between number and unit
 * @param approximate written with 约, or with 余/多 after the number ("300余人")
 * @param unit        人, 件, 元, %, 个百分点…; empty when none follows
 */
public record Figure(int start, int end, BigDecimal value, Magnitude magnitude, boolean approximate,
                     String unit) {

    public static final String PERCENT = "%";
    /** 个百分点: a difference of two rates. */
    public static final String POINTS = "个百分点";

    /** The value in base units: 3.2万 is 32000. */
    public BigDecimal amount() {
        return magnitude == Magnitude.NONE ? value : value.multiply(magnitude.factor());
    }

    public boolean isPercent() {
        return PERCENT.equals(unit);
    }

    public boolean isPoints() {
        return POINTS.equals(unit);
    }

    /** A calendar year such as 2020年, which is a date and not a count. */
    public boolean isYear() {
        return "年".equals(unit) && value.scale() == 0 && value.precision() == 4
                && (value.intValue() >= 1900 && value.intValue() <= 2199);
    }

    /**
     * Written with less than full precision: a decimal, a magnitude or 约. Such a figure stands for
     * any value within half a unit of its last digit; an exact integer count stands for itself.
     */
    public boolean isRounded() {
        return approximate || magnitude != Magnitude.NONE || value.scale() > 0;
    }

    /** The same figure with the opposite sign: "-5件" as written. */
    public Figure negated() {
        return new Figure(start, end, value.negate(), magnitude, approximate, unit);
    }

    /** The number as a reader quotes it, without unit: "55", "862.40万". */
    public String numberText() {
        return value.toPlainString() + magnitude.word();
    }
}
