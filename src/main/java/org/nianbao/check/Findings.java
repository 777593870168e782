package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.text.Figure;

/**
 * Builds findings about a span of prose: the one place for what several rules report alike (a ratio
 * checked by {@link RatioCheck}, for the rate and the share rules), so that rules never call each other.
 */
final class Findings {

    private Findings() {
    }

    static Finding figure(RuleId rule, Severity severity, FindingStatus status, ProseUnit unit, int start,
                          int end, String stated, String computed, Map<String, String> inputs, String message) {
        return new Finding(rule, severity, status, unit.location(start, end), unit.slice(start, end), stated,
                computed, inputs, message);
    }

    static Finding violation(RuleId rule, Severity severity, ProseUnit unit, int start, int end, String message) {
        return Finding.violation(rule, severity, unit.location(start, end), unit.slice(start, end), message);
    }

    /** A rate or share checked by {@link RatioCheck}: its finding, and over-100 or numerator-exceeds-denominator when they apply. */
    static void ratio(ProseUnit unit, Claim claim, Figure f, String name, String description, boolean bounded,
                       boolean dependent, RatioCheck.Outcome o, List<Finding> out) {
        String stated = f.numberText() + "%";
        RuleId rule = claim.kind() == Claim.Kind.SHARE ? RuleId.SHARE : RuleId.RATE;
        Map<String, String> inputs = inputs(o);
        String expression = expression(o);
        int start = claim.start();
        int end = f.end();
        if (bounded && f.value().compareTo(new BigDecimal(100)) > 0) {
            out.add(Findings.figure(RuleId.OVER_100, Severity.ERROR, FindingStatus.MISMATCH, unit, start, end, stated,
                    null, inputs, name + "写作" + stated + "，超过了100%，" + name + "不可能超过100%，请核对。"));
        }
        switch (o.status()) {
            case OK -> {
                String computed = o.value().round(Stated.shownScale(f.value())).toPlainString() + "%";
                String rounded = o.value().round(Math.max(0, f.value().scale())).toPlainString() + "%";
                out.add(Findings.figure(rule, Severity.INFO, FindingStatus.OK, unit, start, end, stated, computed,
                        inputs, o.truncated()
                                ? name + stated + "是" + expression + "=" + computed + "截尾所得（舍去了后面的数字），不算错误；"
                                        + "四舍五入" + Stated.precisionWords(f.value()) + "应为" + rounded + "。"
                                : name + stated + "与" + expression + "=" + computed + "相符（四舍五入"
                                        + Stated.precisionWords(f.value()) + "）。"));
            }
            case MISMATCH -> {
                if (o.zeroDenominator()) {
                    out.add(Findings.figure(RuleId.ZERO_DENOMINATOR, Severity.ERROR, FindingStatus.MISMATCH, unit, start,
                            end, stated, null, inputs, name + "的分母为0（" + expression + "），无法得出" + stated
                                    + "，请核对分母的数字。"));
                    return;
                }
                String computed = o.value().round(Stated.shownScale(f.value())).toPlainString() + "%";
                String rounded = o.value().round(Math.max(0, f.value().scale())).toPlainString() + "%";
                String message = name + "写作" + stated + "，但按" + expression + "计算为" + computed + "，四舍五入"
                        + Stated.precisionWords(f.value()) + "应为" + rounded + "。请核对" + name + "或所用数字。";
                if (dependent) {
                    message += "该比率口径各地不同（" + description + "），如采用其他口径请在文中注明。";
                }
                out.add(Findings.figure(rule, dependent ? Severity.WARNING : Severity.ERROR, FindingStatus.MISMATCH,
                        unit, start, end, stated, computed, inputs, message));
            }
            default -> out.add(Findings.figure(rule, Severity.INFO, FindingStatus.UNVERIFIABLE, unit, start, end,
                    stated, null, inputs, unverifiableMessage(name, stated, description, o)));
        }
        if (bounded && o.numeratorAboveDenominator() && o.status() != FindingStatus.UNVERIFIABLE) {
            out.add(Findings.figure(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, Severity.ERROR, FindingStatus.MISMATCH, unit,
                    start, end, stated, null, inputs, name + "的分子大于分母（" + expression
                            + "），比例不可能超过100%，请核对这两个数字。"));
        }
    }

    private static String unverifiableMessage(String name, String stated, String description, RatioCheck.Outcome o) {
        List<String> absent = new ArrayList<>(o.missing());
        for (RatioCheck.Slot s : o.form()) {
            if (s.candidates().isEmpty() && !absent.contains(s.label())) {
                absent.add(s.label());
            }
        }
        if (!absent.isEmpty() && !o.missing().isEmpty()) {
            return "无法核对" + name + stated + "：本句及相邻句子中未找到" + String.join("、", o.missing()) + "的数字（"
                    + description + "）。请在文中写明该数字，或在指标表中录入。";
        }
        if (!absent.isEmpty()) {
            return "无法核对" + name + stated + "：已找到部分数字，但未找到" + String.join("、", absent) + "（" + description
                    + "），不据此判断对错。";
        }
        return "无法核对" + name + stated + "：附近有多个可能的数字，无法确定用哪一个（" + description + "），不据此判断对错。";
    }

    static Map<String, String> inputs(RatioCheck.Outcome o) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int k = 0; k < o.used().size(); k++) {
            Input in = o.used().get(k);
            if (in != null) {
                String label = o.form().get(k).label();
                inputs.put(inputs.containsKey(label) ? label + (k + 1) : label, in.shown());
            }
        }
        return inputs;
    }

    static String expression(RatioCheck.Outcome o) {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        int numTerms = 0;
        int denTerms = 0;
        for (int k = 0; k < o.used().size(); k++) {
            Input in = o.used().get(k);
            if (in == null) {
                continue;
            }
            RatioCheck.Slot s = o.form().get(k);
            StringBuilder sb = s.numerator() ? num : den;
            if (sb.length() > 0) {
                sb.append(s.negative() ? "−" : "+");
            }
            sb.append(s.label()).append(in.shown());
            if (s.numerator()) {
                numTerms++;
            } else {
                denTerms++;
            }
        }
        String n = numTerms > 1 ? "（" + num + "）" : num.toString();
        String d = denTerms > 1 ? "（" + den + "）" : den.toString();
        return n + "÷" + d;
    }
}
