package org.nianbao.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Metric;

/**
 * Evaluates derived metrics (formula syntax in {@link Formula}) in exact arithmetic and rounds each
 * result half-up to the metric's precision (2 decimals when it has none). A derived metric that
 * depends on another derived metric uses that one's rounded value, the figure the report states.
 * Values are taken with their magnitude: a metric of 3.2万 counts as 32000 in a formula, and a derived
 * metric's result is written back in its own magnitude.
 */
public final class MetricCalculator {

    /** Default decimals of a derived figure whose precision is not set. */
    public static final int DEFAULT_PRECISION = 2;

    /** The outcome of one derived metric. */
    public record Evaluation(Metric metric, BigDecimal value, Ratio exact, List<String> missing,
                             boolean zeroDivision, String error, Map<String, String> inputs) {

        public boolean computed() {
            return value != null;
        }
    }

    /**
     * The metrics with every derived metric's value set to its recomputed value (null when an input
     * has no value or a denominator is zero); counts are returned unchanged, in the same order.
     *
     * @throws BadInputException when a formula cannot be parsed, names an unknown metric or is
     *                           circular
     */
    public List<Metric> recompute(List<Metric> metrics) {
        Map<String, Evaluation> evaluations = evaluate(metrics);
        List<Metric> out = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            Evaluation e = evaluations.get(m.name());
            if (m.isDerived() && e != null) {
                if (e.error() != null) {
                    throw new BadInputException(e.error(), "bad formula of metric '" + m.name() + "'");
                }
                out.add(m.withValue(e.value()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Evaluates every derived metric without throwing: errors are reported in the evaluation. */
    public Map<String, Evaluation> evaluate(List<Metric> metrics) {
        return new Run(metrics).all();
    }

    /** One evaluation pass; memoizes results and detects cycles. */
    private static final class Run {
        private final Map<String, Metric> byName = new LinkedHashMap<>();
        private final Map<String, Evaluation> done = new LinkedHashMap<>();
        private final Set<String> visiting = new HashSet<>();
        private final Map<String, Formula> formulas = new HashMap<>();

        Run(List<Metric> metrics) {
            for (Metric m : metrics) {
                byName.putIfAbsent(m.name(), m);
            }
        }

        Map<String, Evaluation> all() {
            for (Metric m : byName.values()) {
                if (m.isDerived()) {
                    evaluate(m);
                }
            }
            return done;
        }

        private Evaluation evaluate(Metric m) {
            Evaluation known = done.get(m.name());
            if (known != null) {
                return known;
            }
            if (!visiting.add(m.name())) {
                return failed(m, "指标“" + m.name() + "”的公式循环引用了自身，请修改公式。");
            }
            Evaluation e;
            try {
                e = compute(m);
            } catch (BadInputException ex) {
                String why = ex.chinese();
                e = failed(m, why.startsWith("指标") ? why : "指标“" + m.name() + "”的" + why);
            }
            visiting.remove(m.name());
            done.put(m.name(), e);
            return e;
        }

        private Evaluation compute(Metric m) {
            Formula formula = formulas.computeIfAbsent(m.name(), n -> Formula.parse(m.formula()));
            Map<String, String> inputs = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String name : formula.names()) {
                Metric input = byName.get(name);
                if (input == null) {
                    return failed(m, "指标“" + m.name() + "”的公式引用了不存在的指标“" + name + "”。");
                }
                BigDecimal value = input.isDerived() ? dependency(input) : input.value();
                if (value == null) {
                    missing.add(name);
                } else {
                    inputs.put(name, value.toPlainString() + input.magnitude().word());
                }
            }
            Map<String, Ratio> values = new HashMap<>();
            for (String name : formula.names()) {
                Metric input = byName.get(name);
                BigDecimal value = input.isDerived() ? dependency(input) : input.value();
                if (value != null) {
                    values.put(name, Ratio.of(value.multiply(input.magnitude().factor())));
                }
            }
            int precision = m.precision() == null ? DEFAULT_PRECISION : m.precision();
            try {
                Ratio exact = formula.evaluate(new Formula.Values() {
                    public Ratio value(String name) {
                        return values.get(name);
                    }

                    public Ratio prior(String name) {
                        Metric input = byName.get(name);
                        return input == null || input.priorValue() == null ? null
                                : Ratio.of(input.priorValue().multiply(input.magnitude().factor()));
                    }
                });
                Ratio inOwnMagnitude = exact.divide(Ratio.of(m.magnitude().factor()));
                return new Evaluation(m, inOwnMagnitude.round(precision), exact, List.of(), false, null, inputs);
            } catch (Formula.MissingInput missingInput) {
                if (!missing.contains(missingInput.name())) {
                    missing.add(missingInput.name());
                }
                return new Evaluation(m, null, null, List.copyOf(missing), false, null, inputs);
            } catch (ArithmeticException zero) {
                return new Evaluation(m, null, null, List.of(), true, null, inputs);
            }
        }

        private BigDecimal dependency(Metric input) {
            Evaluation e = evaluate(input);
            if (e.error() != null) {
                throw new BadInputException(e.error(), "formula of '" + input.name() + "' failed");
            }
            return e.value();
        }

        private Evaluation failed(Metric m, String message) {
            return new Evaluation(m, null, null, List.of(), false, message, Map.of());
        }
    }
}
