package org.nianbao.check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.figures.MetricCalculator;
import org.nianbao.figures.Ratio;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.text.Figure;

/**
 * The structured metrics: a derived metric whose stored value no longer follows from its formula
 * (a count changed), a formula that cannot be computed, and prose that states a figure the metrics
 * contradict (a rate named like a metric, or a count written right after a metric's name).
 * Figures rendered from {{指标名}} references are the metric's own value and are not compared again.
 */
final class MetricRule implements Rule {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        List<Metric> stored = context.report().metrics();
        for (int i = 0; i < stored.size(); i++) {
            Metric m = stored.get(i);
            MetricCalculator.Evaluation e = context.evaluations().get(m.name());
            if (m.isDerived() && e != null && e.metric() == m) {
                checkDerived(i, m, e, out);
            }
        }
        for (ProseUnit unit : context.prose()) {
            checkReferences(context, unit, out);
        }
        context.forEachClaim(Claim.Kind.RATE, (unit, claim) -> checkRate(context, unit, claim, out));
        for (ProseUnit unit : context.figureParagraphs()) {
            checkCounts(context, unit, out);
        }
    }

    /** A {{指标名}} that names no metric, or one without a value, would print as written. */
    private void checkReferences(CheckContext context, ProseUnit unit, List<Finding> out) {
        String stored = unit.resolved().original();
        if (stored.indexOf("{{") < 0) {
            return;
        }
        for (MetricReference ref : MetricReference.findIn(stored)) {
            Metric m = context.metric(ref.metricName());
            if (m != null && m.value() != null) {
                continue;
            }
            Location at = new Location(unit.section(), unit.paragraph(), ref.start(), ref.end());
            String markup = stored.substring(ref.start(), ref.end());
            out.add(Findings.violation(RuleId.METRIC_REFERENCE, at, markup, m == null ? "unknown" : "empty",
                    ref.metricName(), markup));
        }
    }

    private void checkDerived(int index, Metric m, MetricCalculator.Evaluation e, List<Finding> out) {
        Location at = new Location(Location.METRICS, index, 0, 0);
        String stated = m.value() == null ? null : m.value().toPlainString() + m.magnitude().word() + m.unit();
        if (e.error() != null) {
            out.add(Findings.figure(RuleId.METRIC_FORMULA, FindingStatus.VIOLATION, at, m.name(), stated, null, Map.of(),
                    "invalid", e.error()));
        } else if (e.zeroDivision()) {
            out.add(Findings.figure(RuleId.ZERO_DENOMINATOR, FindingStatus.MISMATCH, at, m.name(), stated, null,
                    e.inputs(), "metric", m.name(), m.formula()));
        } else if (!e.computed()) {
            out.add(Findings.figure(RuleId.METRIC_FORMULA, FindingStatus.UNVERIFIABLE, at, m.name(), stated, null,
                    e.inputs(), "missing", m.name(), String.join("、", e.missing())));
        } else if (m.value() != null) {
            String computed = e.value().toPlainString() + m.magnitude().word() + m.unit();
            boolean same = m.value().compareTo(e.value()) == 0;
            out.add(Findings.figure(RuleId.METRIC_FORMULA, same ? FindingStatus.OK : FindingStatus.MISMATCH, at, m.name(),
                    stated, computed, e.inputs(), same ? "ok" : "mismatch", m.name(), stated, m.formula(), computed));
        }
        if (e.computed() && "%".equals(m.unit()) && e.value().compareTo(new BigDecimal(100)) > 0
                && RateLibrary.find(m.name()).map(RateDefinition::bounded).orElse(false)) {
            out.add(Findings.figure(RuleId.OVER_100, FindingStatus.MISMATCH, at, m.name(), stated,
                    e.value().toPlainString() + "%", e.inputs(), "metric", m.name(), e.value().toPlainString()));
        }
    }

    private void checkRate(CheckContext context, ProseUnit unit, Claim claim, List<Finding> out) {
        Figure f = unit.figures().get(claim.figure());
        Metric m = context.metricForRate(claim.phrase());
        if (m == null || m.value() == null || unit.resolved().fromReference(f.start(), f.end())) {
            return;
        }
        MetricCalculator.Evaluation e = context.evaluations().get(m.name());
        Ratio value = e != null && e.exact() != null ? e.exact() : Ratio.of(m.value());
        if (e == null || e.exact() == null) {
            if (f.value().scale() > m.value().scale()) {
                return; // the metric is less precise than the prose: nothing to compare
            }
        }
        String stated = f.numberText() + "%";
        String computed = m.value().toPlainString() + "%";
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(m.name(), computed);
        boolean ok = value.roundsTo(f.value());
        out.add(Findings.figure(RuleId.METRIC_PROSE, ok ? FindingStatus.OK : FindingStatus.MISMATCH, unit, claim.start(),
                f.end(), stated, computed, inputs, ok ? "rate.ok" : "rate.mismatch", claim.phrase(), stated, m.name(),
                computed));
    }

    private void checkCounts(CheckContext context, ProseUnit unit, List<Finding> out) {
        for (int i = 0; i < unit.figures().size(); i++) {
            Figure f = unit.figures().get(i);
            if (!unit.contexts().isCount(i) || unit.resolved().fromReference(f.start(), f.end())) {
                continue;
            }
            Metric m = countMetricBefore(context, unit.contexts().before(i), f);
            if (m == null) {
                continue;
            }
            Ratio metricAmount = Ratio.of(m.value().multiply(m.magnitude().factor()));
            Ratio figure = Ratio.of(f.amount());
            Ratio half = Input.halfUlp(f);
            boolean ok = metricAmount.subtract(figure).abs().compareTo(half) <= 0;
            String metricText = m.value().toPlainString() + m.magnitude().word() + m.unit();
            String stated = f.numberText() + f.unit();
            int start = f.start() - m.name().length() - fillerLength(unit.contexts().before(i), m.name());
            Map<String, String> inputs = Map.of(m.name(), metricText);
            out.add(Findings.figure(RuleId.METRIC_PROSE, ok ? FindingStatus.OK : FindingStatus.MISMATCH, unit, start,
                    f.end(), stated, metricText, inputs, ok ? "count.ok" : "count", m.name(), stated, metricText));
        }
    }

    private static final String FILLERS = "共为达计约了：:";

    private static Metric countMetricBefore(CheckContext context, String before, Figure f) {
        String trimmed = before;
        while (!trimmed.isEmpty() && FILLERS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        Metric found = null;
        for (Metric m : context.metrics()) {
            if (m.isDerived() || m.value() == null || m.name().length() < 2 || !trimmed.endsWith(m.name())
                    || !m.unit().equals(f.unit()) || m.magnitude() != f.magnitude()) {
                continue;
            }
            if (found == null || m.name().length() > found.name().length()) {
                found = m;
            }
        }
        return found;
    }

    private static int fillerLength(String before, String name) {
        int k = before.length();
        while (k > 0 && FILLERS.indexOf(before.charAt(k - 1)) >= 0) {
            k--;
        }
        return before.length() - k;
    }

    @Override
    public List<RuleId> ids() {
        return List.of(RuleId.METRIC_FORMULA, RuleId.METRIC_PROSE, RuleId.METRIC_REFERENCE, RuleId.ZERO_DENOMINATOR, RuleId.OVER_100);
    }

    @Override
    public List<RuleExample> examples() {
        return List.of(
                RuleExample.passes(RuleId.METRIC_FORMULA, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 55), closedRate("81")),
                RuleExample.caught(RuleId.METRIC_FORMULA, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 60), closedRate("81")),
                RuleExample.passes(RuleId.METRIC_PROSE, "全年受理68件。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 55)),
                RuleExample.caught(RuleId.METRIC_PROSE, "全年受理75件。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 55)),
                RuleExample.passes(RuleId.METRIC_REFERENCE, "全年受理信访事项{{受理}}。")
                        .withMetrics(RuleExample.count("受理", 68)),
                RuleExample.caught(RuleId.METRIC_REFERENCE, "全年受理信访事项{{收案}}。")
                        .withMetrics(RuleExample.count("受理", 68)),
                RuleExample.passes(RuleId.ZERO_DENOMINATOR, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 55), closedRate("81")),
                RuleExample.caught(RuleId.ZERO_DENOMINATOR, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 0), RuleExample.count("办结", 55), closedRate("81")),
                RuleExample.passes(RuleId.OVER_100, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 68), RuleExample.count("办结", 55), closedRate("81")),
                RuleExample.caught(RuleId.OVER_100, "全年信访工作平稳。")
                        .withMetrics(RuleExample.count("受理", 50), RuleExample.count("办结", 55), closedRate("110")));
    }

    private static Metric closedRate(String stored) {
        return Metric.derived("办结率", "办结 / 受理 * 100", 0, "%").withValue(new BigDecimal(stored));
    }
}
