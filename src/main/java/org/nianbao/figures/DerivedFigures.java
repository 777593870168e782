package org.nianbao.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Metric;

/**
 * A report's metrics with every derived figure computed once, from the current counts: what the
 * checker reads, the export prints and the window shows, so the three never disagree. A derived
 * metric whose formula cannot be computed keeps its stored value (null when it has none); the
 * evaluations say why.
 */
public final class DerivedFigures {

    private final List<Metric> metrics;
    private final Map<String, MetricCalculator.Evaluation> evaluations;

    private DerivedFigures(List<Metric> metrics, Map<String, MetricCalculator.Evaluation> evaluations) {
        this.metrics = metrics;
        this.evaluations = evaluations;
    }

    public static DerivedFigures of(List<Metric> stored) {
        Map<String, MetricCalculator.Evaluation> evaluations = new MetricCalculator().evaluate(stored);
        List<Metric> current = new ArrayList<>(stored.size());
        for (Metric m : stored) {
            MetricCalculator.Evaluation e = evaluations.get(m.name());
            current.add(m.isDerived() && e != null && e.computed() ? m.withValue(e.value()) : m);
        }
        return new DerivedFigures(List.copyOf(current), Map.copyOf(evaluations));
    }

    /** The metrics in stored order, derived values as computed now. */
    public List<Metric> metrics() {
        return metrics;
    }

    /** Each derived metric's evaluation, by name: the value, or what is missing, or the formula's error. */
    public Map<String, MetricCalculator.Evaluation> evaluations() {
        return evaluations;
    }
}
