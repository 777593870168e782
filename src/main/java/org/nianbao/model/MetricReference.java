package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A live reference to a metric inside prose, written {@code {{指标名}}}: the figure is written once,
 * in the metrics table, and every paragraph that cites it shows its current value.
 */
public record MetricReference(String metricName, int start, int end) {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([^{}]+)}}");

    public static String markup(String metricName) {
        return "{{" + metricName + "}}";
    }

    /** The references in a text, in order, with their character offsets. */
    public static List<MetricReference> findIn(String text) {
        List<MetricReference> refs = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            refs.add(new MetricReference(m.group(1).trim(), m.start(), m.end()));
        }
        return refs;
    }
}
