package org.nianbao.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;

/**
 * Plausibility of a department's counts among themselves, before they reach the prose: a count of
 * cases closed (办结/审结/结案) cannot exceed the count received (受理/收案) of the same thing. Pairs
 * are found by name: the same name with the one word swapped (受理信访事项 / 办结信访事项).
 */
public final class DepartmentFigures {

    private static final String[][] PAIRS = {{"受理", "办结"}, {"受理", "审结"}, {"收案", "结案"}};

    private DepartmentFigures() {
    }

    /** One message per pair that is out of order, naming the department. */
    public static List<String> implausible(Report report) {
        Map<String, Metric> byName = report.metrics().stream()
                .collect(Collectors.toMap(Metric::name, Function.identity(), (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (Metric closed : report.metrics()) {
            for (String[] pair : PAIRS) {
                if (!closed.name().contains(pair[1]) || closed.value() == null) {
                    continue;
                }
                Metric received = byName.get(closed.name().replace(pair[1], pair[0]));
                if (received != null && received.value() != null && closed.value().compareTo(received.value()) > 0) {
                    String dept = closed.department().isEmpty() ? "（未指定部门）" : closed.department();
                    out.add(dept + "：“" + closed.name() + "”" + closed.value().toPlainString() + closed.unit()
                            + "多于“" + received.name() + "”" + received.value().toPlainString() + received.unit()
                            + "，" + pair[1] + "数不应超过" + pair[0] + "数，请与该部门核实");
                }
            }
        }
        return out;
    }
}
