package org.nianbao.collect;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.nianbao.model.Metric;

/**
 * Understands a value cell the way the department meant it, and says plainly what it cannot take.
 * Accepted: numbers; numbers stored as text; full-width digits; thousands separators ("1,234");
 * the metric's own unit typed after the number ("1234件"); a formula's computed result. Refused:
 * "约300" and other estimates, another unit, words, a formula without a result, the wrong kind of
 * number (decimals in a count, a negative figure, a percentage over 100).
 */
final class ValueParser {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ESTIMATE = Pattern.compile("^(约|大约|近|超过|逾|将近)|(余|多|左右|以上)$");

    /** A value understood (null when the cell is empty), or the problem with it and what to do. */
    record Parsed(BigDecimal value, String problem, String notice) {
        static Parsed ok(BigDecimal v, String notice) {
            return new Parsed(v, null, notice);
        }

        static Parsed problem(String what) {
            return new Parsed(null, what, null);
        }
    }

    private ValueParser() {
    }

    static Parsed parse(CellInput input, Metric metric) {
        ValueKind kind = ValueKind.of(metric);
        Parsed p;
        if (input instanceof CellInput.Number n) {
            p = Parsed.ok(n.value(), null);
        } else if (input instanceof CellInput.Formula f) {
            p = f.result() == null
                    ? Parsed.problem("公式“=" + f.formula() + "”没有计算结果，请直接填写数字")
                    : Parsed.ok(f.result(), "按公式“=" + f.formula() + "”的计算结果" + f.result().toPlainString() + "读取");
        } else if (input instanceof CellInput.Text t) {
            p = text(t.text(), metric);
        } else {
            p = Parsed.ok(null, null);
        }
        if (p.value() != null) {
            String wrong = kind.problemWith(p.value());
            if (wrong != null) {
                return Parsed.problem("“" + p.value().toPlainString() + "”" + wrong + "，请填写" + kind.words());
            }
        }
        return p;
    }

    private static Parsed text(String raw, Metric metric) {
        String s = halfWidth(raw).replaceAll("[\\s\\u00A0\\u3000]", "");
        if (s.isEmpty()) {
            return Parsed.ok(null, null);
        }
        if (ESTIMATE.matcher(s).find()) {
            return Parsed.problem("“" + raw.strip() + "”是估计数，请填写准确数字；确实只能估计的，请填写数字并在备注中说明");
        }
        String unit = metric.magnitude().word() + metric.unit();
        String notice = null;
        if (!unit.isEmpty() && s.endsWith(unit) && s.length() > unit.length()) {
            s = s.substring(0, s.length() - unit.length());
            notice = "已去掉数字后面的单位“" + unit + "”";
        } else if ("%".equals(metric.unit()) && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            String trailing = s.replaceFirst("^-?[\\d.,]+", "");
            if (!trailing.isEmpty() && !trailing.equals(s)) {
                return Parsed.problem("“" + raw.strip() + "”带有“" + trailing + "”，与单位“" + (unit.isEmpty() ? "（无）" : unit)
                        + "”不符：请换算为" + (unit.isEmpty() ? "数字" : unit) + "后只填数字");
            }
            return Parsed.problem("“" + raw.strip() + "”不是数字，请只填写数字");
        }
        return Parsed.ok(new BigDecimal(s), notice == null && !s.equals(raw.strip()) ? "已按数字" + s + "读取" : notice);
    }

    /** Full-width digits and signs (０-９，．－％) as typed with a Chinese input method. */
    static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                sb.append(',');
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '－') {
                sb.append('-');
            } else if (c == '％') {
                sb.append('%');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
