package org.nianbao.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One result of the checker.
 *
 * @param rule     the rule's name: a {@link RuleId#id()} for the checker's own rules (kept a string for
 *                 the JSON output and for rules named outside the checker, such as page checks)
 * @param text     the span as the reader sees it (references rendered with their values)
 * @param stated   the value the text states, with its unit ("81%"); null for non-figure rules
 * @param computed the value computed from the inputs ("80.88%"); null when it could not be computed
 * @param inputs   the inputs used, in order (name → value as written); unmodifiable
 * @param message  what to fix, in plain Chinese
 */
public record Finding(String rule, Severity severity, FindingStatus status, Location location, String text,
                      String stated, String computed, Map<String, String> inputs, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(location, "location");
        text = text == null ? "" : text;
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        message = message == null ? "" : message;
    }

    /** A finding of one of the checker's rules; {@link #rule()} is its {@link RuleId#id()}. */
    public Finding(RuleId rule, Severity severity, FindingStatus status, Location location, String text,
                   String stated, String computed, Map<String, String> inputs, String message) {
        this(rule.id(), severity, status, location, text, stated, computed, inputs, message);
    }

    /** A finding of a non-figure checker rule: no stated or computed value. */
    public static Finding violation(RuleId rule, Severity severity, Location location, String text,
                                    String message) {
        return violation(rule.id(), severity, location, text, message);
    }

    /**
     * A finding of a non-figure rule named outside the checker's list (the page checks of
     * {@code compose}): no stated or computed value.
     */
    public static Finding violation(String rule, Severity severity, Location location, String text,
                                    String message) {
        return new Finding(rule, severity, FindingStatus.VIOLATION, location, text, null, null, Map.of(),
                message);
    }
}
