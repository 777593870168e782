package org.nianbao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.text.Figure;

/**
 * The one place that builds findings, so that every rule reports alike: the message comes from
 * {@code messages.properties} under the key {@code <rule id>.<key>} with its arguments (no rule
 * writes a sentence), and the severity from the rule's {@link RuleId#severity()}, with two kinds of
 * exception, both decided here and nowhere else:
 * <ul>
 *   <li>a figure that is verified ({@link FindingStatus#OK}) or that the text cannot settle
 *       ({@link FindingStatus#UNVERIFIABLE}) is {@link Severity#INFO}: neither is a fault;</li>
 *   <li>the messages in {@link #LOWERED}, each with its reason.</li>
 * </ul>
 * What several rules report alike (a ratio checked by {@link RatioCheck}, for the rate and the share
 * rules) is built here too, so that rules never call each other.
 */
final class Findings {

    /**
     * Findings whose severity is not their rule's, by full message key. Each is a case the officer
     * may rightly leave as it is, or a note rather than a fault.
     */
    static final Map<String, Severity> LOWERED = Map.of(
            // a rate whose definition differs from place to place: the office may use the other one
            "rate.mismatch.dependent", Severity.WARNING,
            // a list short of its total may leave out a category on purpose
            "sum.short", Severity.WARNING,
            // a count in the prose may be of a narrower matter than the metric of the same name
            "metric-prose.count", Severity.WARNING,
            // the part is there, written into another part: the common three-part outline
            "outline.folded", Severity.INFO,
            // a draft is not dated yet; it becomes a fault only once a date is set
            "deadline.undated", Severity.INFO);

    private Findings() {
    }

    /** The severity a finding of {@code rule} with this status and message key gets. */
    static Severity severity(RuleId rule, FindingStatus status, String key) {
        if (status == FindingStatus.OK || status == FindingStatus.UNVERIFIABLE) {
            return Severity.INFO;
        }
        return LOWERED.getOrDefault(rule.id() + "." + key, rule.severity());
    }

    /** The text of message {@code key} of {@code rule}: a whole message, or a part that another one inserts. */
    static String text(RuleId rule, String key, Object... args) {
        return CheckMessages.get(rule.id() + "." + key, args);
    }

    /** A figure finding about a span of prose. */
    static Finding figure(RuleId rule, FindingStatus status, ProseUnit unit, int start, int end, String stated,
                          String computed, Map<String, String> inputs, String key, Object... args) {
        return figure(rule, status, unit.location(start, end), unit.slice(start, end), stated, computed, inputs, key,
                args);
    }

    /** A figure finding anywhere (the metrics table). */
    static Finding figure(RuleId rule, FindingStatus status, Location at, String text, String stated,
                          String computed, Map<String, String> inputs, String key, Object... args) {
        return new Finding(rule, severity(rule, status, key), status, at, text, stated, computed, inputs,
                text(rule, key, args));
    }

    static Finding ok(RuleId rule, ProseUnit unit, int start, int end, String stated, String computed,
                      Map<String, String> inputs, String key, Object... args) {
        return figure(rule, FindingStatus.OK, unit, start, end, stated, computed, inputs, key, args);
    }

    static Finding mismatch(RuleId rule, ProseUnit unit, int start, int end, String stated, String computed,
                            Map<String, String> inputs, String key, Object... args) {
        return figure(rule, FindingStatus.MISMATCH, unit, start, end, stated, computed, inputs, key, args);
    }

    static Finding unverifiable(RuleId rule, ProseUnit unit, int start, int end, String stated, String computed,
                                Map<String, String> inputs, String key, Object... args) {
        return figure(rule, FindingStatus.UNVERIFIABLE, unit, start, end, stated, computed, inputs, key, args);
    }

    /** A non-figure finding about a span of prose. */
    static Finding violation(RuleId rule, ProseUnit unit, int start, int end, String key, Object... args) {
        return violation(rule, unit.location(start, end), unit.slice(start, end), key, args);
    }

    /** A non-figure finding about the whole report, the closing or a metric. */
    static Finding violation(RuleId rule, Location at, String text, String key, Object... args) {
        return figure(rule, FindingStatus.VIOLATION, at, text, null, null, Map.of(), key, args);
    }

    /**
     * A rate or share checked by {@link RatioCheck}: its finding, and over-100 or
     * numerator-exceeds-denominator when they apply.
     *
     * @param note a sentence added to a verified figure's message ("" for none)
     */
    static void ratio(ProseUnit unit, Claim claim, Figure f, String name, String description, boolean bounded,
                      boolean dependent, RatioCheck.Outcome o, String note, List<Finding> out) {
        String stated = f.numberText() + "%";
        RuleId rule = claim.kind() == Claim.Kind.SHARE ? RuleId.SHARE : RuleId.RATE;
        Map<String, String> inputs = inputs(o);
        String expression = expression(o);
        int start = claim.start();
        int end = f.end();
        if (bounded && f.value().compareTo(new BigDecimal(100)) > 0) {
            out.add(mismatch(RuleId.OVER_100, unit, start, end, stated, null, inputs, "ratio", name, stated));
        }
        switch (o.status()) {
            case OK -> {
                String computed = o.value().round(Stated.shownScale(f.value())).toPlainString() + "%";
                String rounded = o.value().round(Math.max(0, f.value().scale())).toPlainString() + "%";
                String precision = Stated.precisionWords(f.value());
                out.add(o.truncated()
                        ? ok(rule, unit, start, end, stated, computed, inputs, "truncated", name, stated, expression,
                                computed, precision, rounded)
                        : ok(rule, unit, start, end, stated, computed, inputs, "ok", name, stated, expression, computed,
                                precision, note));
            }
            case MISMATCH -> {
                if (o.zeroDenominator()) {
                    out.add(mismatch(RuleId.ZERO_DENOMINATOR, unit, start, end, stated, null, inputs, "ratio", name,
                            expression, stated));
                    return;
                }
                String computed = o.value().round(Stated.shownScale(f.value())).toPlainString() + "%";
                String rounded = o.value().round(Math.max(0, f.value().scale())).toPlainString() + "%";
                out.add(mismatch(rule, unit, start, end, stated, computed, inputs,
                        dependent ? "mismatch.dependent" : "mismatch", name, stated, expression, computed,
                        Stated.precisionWords(f.value()), rounded, description));
            }
            default -> out.add(unverifiable(rule, unit, start, end, stated, null, inputs, unverifiableKey(o), name,
                    stated, unverifiableWhat(o), description));
        }
        if (bounded && o.numeratorAboveDenominator() && o.status() != FindingStatus.UNVERIFIABLE) {
            out.add(mismatch(RuleId.NUMERATOR_EXCEEDS_DENOMINATOR, unit, start, end, stated, null, inputs, "ratio", name,
                    expression));
        }
    }

    /** Which counts were not found: none named in the text, some, or too many candidates. */
    private static String unverifiableKey(RatioCheck.Outcome o) {
        List<String> absent = absent(o);
        if (!absent.isEmpty() && !o.missing().isEmpty()) {
            return "unverifiable.missing";
        }
        return absent.isEmpty() ? "unverifiable.ambiguous" : "unverifiable.absent";
    }

    private static String unverifiableWhat(RatioCheck.Outcome o) {
        List<String> absent = absent(o);
        return String.join("、", !absent.isEmpty() && !o.missing().isEmpty() ? o.missing() : absent);
    }

    private static List<String> absent(RatioCheck.Outcome o) {
        List<String> absent = new ArrayList<>(o.missing());
        for (RatioCheck.Slot s : o.form()) {
            if (s.candidates().isEmpty() && !absent.contains(s.label())) {
                absent.add(s.label());
            }
        }
        return absent;
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
