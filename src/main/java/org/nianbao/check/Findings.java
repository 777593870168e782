package org.nianbao.check;

import java.util.Map;

/** Builds findings about a span of prose. */
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
}
