package org.nianbao.collect;

import java.util.List;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/**
 * Where the round stands: for each department its state and the figures it still owes, and for the
 * report how many of the figures asked for are in.
 */
public record CollectionStatus(List<Line> lines, int figuresIn, int figuresOwed) {

    /** One department and the names of its metrics still without a value. */
    public record Line(Department department, List<String> missing, int owed) {
        public Line {
            missing = List.copyOf(missing);
        }
    }

    public CollectionStatus {
        lines = List.copyOf(lines);
    }

    public static CollectionStatus of(Report report, List<Department> departments) {
        List<Line> lines = departments.stream().map(d -> {
            List<Metric> owed = FormWriter.metricsOf(report, d);
            return new Line(d, owed.stream().filter(m -> m.value() == null).map(Metric::name).toList(), owed.size());
        }).toList();
        int owed = lines.stream().mapToInt(Line::owed).sum();
        int missing = lines.stream().mapToInt(l -> l.missing().size()).sum();
        return new CollectionStatus(lines, owed - missing, owed);
    }
}
