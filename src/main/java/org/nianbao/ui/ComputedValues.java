package org.nianbao.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Metric;

/** The computed column: derived figures recomputed once per change of the metrics list. */
final class ComputedValues implements Function<Metric, String> {

    private final ReportServices services;
    private List<Metric> basis;
    private Map<String, String> values = Map.of();

    ComputedValues(ReportServices services) {
        this.services = services;
    }

    @Override
    public String apply(Metric metric) {
        if (!metric.isDerived()) {
            return "";
        }
        return values.getOrDefault(metric.name(), "");
    }

    /** Recomputes for a new metrics list (called when the report's metrics change). */
    void update(List<Metric> metrics) {
        if (metrics == basis) {
            return;
        }
        basis = metrics;
        Map<String, String> out = new HashMap<>();
        try {
            for (Metric m : services.recompute(metrics)) {
                if (m.isDerived() && m.value() != null) {
                    out.put(m.name(), m.value().toPlainString());
                }
            }
        } catch (RuntimeException e) {
            // a formula that does not parse leaves the column empty; the checks panel says why
        }
        values = out;
    }
}
