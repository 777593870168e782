package org.nianbao.text;

import java.math.BigDecimal;
import org.nianbao.model.Magnitude;

/** Writes a figure the way reports do, the inverse of {@link FigureScanner#parse(String)}. */
public final class FigureFormat {

    private FigureFormat() {
    }

    /**
     * "约21.6万元", "63.8%", "1,234人" (with {@code grouping}): the value keeps its scale, so a
     * precision written as 862.40 stays 862.40.
     */
    public static String format(BigDecimal value, Magnitude magnitude, boolean approximate, String unit,
                                boolean grouping) {
        String digits = value.toPlainString();
        if (grouping) {
            digits = group(digits);
        }
        return (approximate ? "约" : "") + digits + magnitude.word() + (unit == null ? "" : unit);
    }

    public static String format(Figure figure) {
        return format(figure.value(), figure.magnitude(), figure.approximate(), figure.unit(), false);
    }

    private static String group(String plain) {
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        String sign = whole.startsWith("-") ? "-" : "";
        whole = whole.substring(sign.length());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return sign + sb + fraction;
    }
}
