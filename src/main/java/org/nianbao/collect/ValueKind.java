package org.nianbao.collect;

import java.math.BigDecimal;
import org.nianbao.model.Magnitude;
import org.nianbao.model.Metric;

/**
 * What kind of number a metric's value is, so the form validates it and the reader checks it the
 * same way: a count is a whole number, an amount may have decimals, a percentage lies in 0–100.
 */
enum ValueKind {
    COUNT("整数"),
    AMOUNT("数字（可带小数）"),
    PERCENT("0到100之间的数字");

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private final String words;

    ValueKind(String words) {
        this.words = words;
    }

    /** What to type, in the words of the form's prompt. */
    String words() {
        return words;
    }

    static ValueKind of(Metric m) {
        if ("%".equals(m.unit())) {
            return PERCENT;
        }
        // money, and anything written in 万/亿 (3.2万人), has decimals
        if (m.magnitude() != Magnitude.NONE || m.unit().endsWith("元") || m.unit().contains("吨")
                || m.unit().contains("公里") || m.unit().contains("亩")) {
            return AMOUNT;
        }
        return COUNT;
    }

    /** Null when the value fits, else what is wrong with it, in plain Chinese. */
    String problemWith(BigDecimal v) {
        if (v.signum() < 0) {
            return "不能为负数";
        }
        if (this == COUNT && v.stripTrailingZeros().scale() > 0) {
            return "应为整数（计数不带小数）";
        }
        if (this == PERCENT && v.compareTo(HUNDRED) > 0) {
            return "百分比不能超过100";
        }
        return null;
    }
}
