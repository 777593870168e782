package org.nianbao.model;

import java.util.Objects;

/**
 * A paragraph of prose. Text may hold live references to metrics written as {@code {{指标名}}}
 * (see {@link MetricReference}); they render with the metric's current value.
 */
public record Paragraph(String text) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    public static Paragraph of(String text) {
        return new Paragraph(text);
    }
}
