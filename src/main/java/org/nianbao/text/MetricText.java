package org.nianbao.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;

/** How a metric reads in prose: 约3.2万元, 63.8%, 208人. */
public final class MetricText {

    private MetricText() {
    }

    /** The figure as the report states it; empty when the metric has no value yet. */
    public static Optional<String> render(Metric metric) {
        BigDecimal value = metric.value();
        if (value == null) {
            return Optional.empty();
        }
        if (metric.precision() != null) {
            value = value.setScale(metric.precision(), RoundingMode.HALF_UP);
        }
        StringBuilder sb = new StringBuilder();
        if (metric.approximate()) {
            sb.append('约');
        }
        sb.append(value.toPlainString()).append(metric.magnitude().word()).append(metric.unit());
        return Optional.of(sb.toString());
    }

    /**
     * The text with every {{指标名}} reference replaced by the metric's current figure. A reference
     * to an unknown metric, or to one without a value, is left as written so it stays visible.
     */
    public static String resolveReferences(String text, List<Metric> metrics) {
        List<MetricReference> refs = MetricReference.findIn(text);
        if (refs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (MetricReference ref : refs) {
            sb.append(text, at, ref.start());
            Optional<String> figure = metrics.stream()
                    .filter(m -> m.name().equals(ref.metricName()))
                    .findFirst()
                    .flatMap(MetricText::render);
            sb.append(figure.orElse(text.substring(ref.start(), ref.end())));
            at = ref.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }
}
