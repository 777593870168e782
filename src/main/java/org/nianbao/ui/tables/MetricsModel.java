package org.nianbao.ui.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import java.time.LocalDateTime;
import org.nianbao.ui.common.NumberInput;
import org.nianbao.ui.common.Officer;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.ReportSession;

/** The metrics table's view model: each edit of a row is stored before the call returns. */
public final class MetricsModel implements History.Held {

    private final ReportSession session;
    private final StoredRows<Metric> rows;

    public MetricsModel(ReportSession session) {
        this.session = session;
        this.rows = new StoredRows<>(session, Report::metrics, Report::withMetrics,
                new StoredRows.RowStore<>((store, report, m) -> store.saveMetric(report, m),
                        ReportStore::insertMetric, ReportStore::moveMetric, ReportStore::deleteMetric), Metric::id,
                Metric::withId);
    }

    public List<Metric> metrics() {
        return session.report().metrics();
    }

    /** Why the text cannot be a figure, or null when it can. */
    public String refusal(String typed) {
        return NumberInput.accepts(typed) ? null : session.messages().format("error.notANumber", typed);
    }

    /** A value typed here is stored and recorded in the figure's history as the officer's (手工录入). */
    public boolean setValue(int row, String typed) {
        BigDecimal before = metrics().get(row).value();
        if (!setNumber(row, typed, Metric::withValue)) {
            return false;
        }
        Metric after = metrics().get(row);
        boolean changed = before == null ? after.value() != null
                : after.value() == null || before.compareTo(after.value()) != 0;
        if (changed && after.id() != null) {
            session.store().collection().recordTyped(after.id(), after.value(), Officer.name(session.messages()),
                    LocalDateTime.now());
        }
        return true;
    }

    /** Where each figure came from, read from the store (the history of every value). */
    public ValueSources sources() {
        Report report = session.report();
        if (report == null || report.id() == null) {
            return ValueSources.none(session.messages());
        }
        return new ValueSources(session.store().collection().history(report.id()), session.messages());
    }

    public boolean setPriorValue(int row, String typed) {
        return setNumber(row, typed, Metric::withPriorValue);
    }

    private boolean setNumber(int row, String typed, java.util.function.BiFunction<Metric, BigDecimal, Metric> with) {
        String reason = refusal(typed);
        if (reason != null) {
            session.tell(reason);
            return false;
        }
        BigDecimal value = NumberInput.parse(typed).orElse(null);
        return update(row, m -> with.apply(m, value));
    }

    public boolean setName(int row, String name) {
        if (name == null || name.isBlank()) {
            session.tell(session.messages().get("error.emptyName"));
            return false;
        }
        return update(row, m -> copy(m, name.strip(), m.unit(), m.department(), m.formula()));
    }

    public boolean setUnit(int row, String unit) {
        return update(row, m -> copy(m, m.name(), unit.strip(), m.department(), m.formula()));
    }

    public boolean setDepartment(int row, String department) {
        return update(row, m -> copy(m, m.name(), m.unit(), department.strip(), m.formula()));
    }

    public boolean setFormula(int row, String formula) {
        String f = formula == null || formula.isBlank() ? null : formula.strip();
        return update(row, m -> copy(m, m.name(), m.unit(), m.department(), f));
    }

    /** Adds a metric with a free name (指标1, 指标2…) and returns its row. */
    public int add() {
        String base = session.messages().get("metrics.newName");
        int n = 1;
        while (hasName(base + n)) {
            n++;
        }
        return rows.add(Metric.count(base + n, null, ""));
    }

    public void delete(int row) {
        rows.delete(row);
    }

    @Override
    public History history() {
        return rows;
    }

    private boolean hasName(String name) {
        return metrics().stream().anyMatch(m -> m.name().equals(name));
    }

    private boolean update(int row, UnaryOperator<Metric> change) {
        return rows.update(row, change);
    }

    private static Metric copy(Metric m, String name, String unit, String department, String formula) {
        return new Metric(m.id(), name, m.value(), unit, m.magnitude(), m.approximate(), department,
                m.priorValue(), m.note(), formula, formula == null ? null : precisionOf(m));
    }

    private static Integer precisionOf(Metric m) {
        return m.precision() == null ? Integer.valueOf(1) : m.precision();
    }
}
