package org.nianbao.ui.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.Metric;
import org.nianbao.ui.app.ReportServices;

/** The computed column: derived figures recomputed once per change of the metrics list. */
public final class ComputedValues implements Function<Metric, String> {

    private final ReportServices services;
    private List<Metric> basis;
    private Map<String, String> values = Map.of();

    public ComputedValues(ReportServices services) {
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
    public void update(List<Metric> metrics) {
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
