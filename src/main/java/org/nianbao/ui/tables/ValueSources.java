package org.nianbao.ui.tables;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Metric;
import org.nianbao.model.ValueRecord;
import org.nianbao.ui.common.Messages;

/**
 * Where each figure came from (数据来源), from the history of its values: the department, its file and
 * the time, or 手工录入 for a value the officer typed.
 */
public final class ValueSources {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Map<Long, List<ValueRecord>> history;
    private final Messages m;

    public ValueSources(Map<Long, List<ValueRecord>> history, Messages m) {
        this.history = Map.copyOf(history);
        this.m = m;
    }

    public static ValueSources none(Messages m) {
        return new ValueSources(Map.of(), m);
    }

    /**
     * The source of the metric's value now: its latest record when that holds the value; 手工录入 when
     * the value has changed since in the app (an undo, an edit before records were kept); empty when
     * the value has no history at all (it came with the report).
     */
    public String of(Metric metric) {
        List<ValueRecord> records = records(metric);
        if (records.isEmpty()) {
            return "";
        }
        ValueRecord last = records.get(records.size() - 1);
        boolean holds = last.value() == null ? metric.value() == null
                : metric.value() != null && last.value().compareTo(metric.value()) == 0;
        return holds ? describe(last, m) : m.get("metrics.source.typed");
    }

    /** Every value the metric took, oldest first. */
    public List<ValueRecord> records(Metric metric) {
        return metric.id() == null ? List.of() : history.getOrDefault(metric.id(), List.of());
    }

    /** One record in words: 区信访局，回表.xlsx，1月16日 10:00; 手工录入（张三，1月16日 10:05）. */
    public static String describe(ValueRecord r, Messages m) {
        if (r.department().isEmpty()) {
            return m.format("metrics.source.typedBy", r.acceptedBy(), TIME.format(r.at()));
        }
        String who = r.acceptedBy().isEmpty() || r.acceptedBy().equals(r.department()) ? r.department()
                : m.format("metrics.source.corrected", r.department(), r.acceptedBy());
        return who + "，" + r.file() + "，" + TIME.format(r.at());
    }

    /** A line of the history: time, value, source. */
    public static String line(ValueRecord r, Metric metric, Messages m) {
        String value = r.value() == null ? m.get("metrics.source.cleared")
                : r.value().toPlainString() + metric.magnitude().word() + metric.unit();
        return TIME.format(r.at()) + "　" + value + "　" + describe(r, m);
    }
}
