package org.nianbao.collect;

import static org.nianbao.collect.FormLayout.COL_VALUE;
import static org.nianbao.collect.FormLayout.METRICS_SHEET;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Department;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.model.ReturnedForm;

/**
 * Validates a returned form against the report before anything is stored: the right report, year and
 * department; the structure (a moved row is found by its metric id, a deleted row is a problem);
 * every value a number of the right kind. A form that belongs elsewhere is refused outright
 * ({@link BadInputException}); problems in the values are listed with sheet and cell, and the form
 * is then stored not at all.
 */
public final class ReturnCheck {

    /** Which value wins when the form differs from a value already entered. */
    public enum Keep {
        /** Do not decide: list the conflicts, store nothing. */
        ASK,
        /** The department's returned value. */
        RETURNED,
        /** The value already entered. */
        ENTERED
    }

    /**
     * How to treat the form.
     *
     * @param matchByName  the officer confirmed that a form whose hidden sheet was deleted may be matched by
     *                     department and metric names
     * @param corrections  values the officer typed in place of the form's, by metric id (recorded as the officer's)
     */
    public record Options(Keep keep, boolean matchByName, Map<Long, BigDecimal> corrections, String officer,
                          LocalDateTime now) {
        public Options {
            corrections = Map.copyOf(corrections);
            officer = officer == null || officer.isBlank() ? "起草人" : officer;
        }

        public static Options defaults(LocalDateTime now) {
            return new Options(Keep.ASK, false, Map.of(), null, now);
        }

        public Options keeping(Keep k) {
            return new Options(k, matchByName, corrections, officer, now);
        }

        public Options matchingByName() {
            return new Options(keep, true, corrections, officer, now);
        }

        public Options correcting(Map<Long, BigDecimal> values) {
            return new Options(keep, matchByName, values, officer, now);
        }
    }

    /** Validates {@code file} against the report and its departments. */
    public ReturnResult check(Report report, List<Department> departments, ReturnedFile file, Options options) {
        Department department = department(report, departments, file, options);
        String dept = department.name();
        List<Metric> owed = FormWriter.metricsOf(report, department);
        Map<Long, Metric> byId = new LinkedHashMap<>();
        owed.forEach(m -> byId.put(m.id(), m));
        Map<String, Metric> byName = new HashMap<>();
        owed.forEach(m -> byName.put(m.name(), m));

        List<FormProblem> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        if (!file.hasMetricsSheet()) {
            problems.add(new FormProblem(dept, METRICS_SHEET, "", "“" + METRICS_SHEET + "”工作表被删除或改名了，请用原表重新填写"));
        }
        Set<Long> asked = file.identity() == null ? byId.keySet() : file.identity().metrics().keySet();
        Map<Long, FormRow> rows = new LinkedHashMap<>();
        for (FormRow row : file.rows()) {
            Metric m = row.metricId() != null && byId.containsKey(row.metricId()) ? byId.get(row.metricId())
                    : file.identity() == null || row.metricId() == null ? byName.get(row.name()) : null;
            if (m == null) {
                if (row.metricId() != null && asked.contains(row.metricId())) {
                    notices.add("指标“" + row.name() + "”已从报告中删除，表中的数值未导入");
                    continue;
                }
                problems.add(new FormProblem(dept, METRICS_SHEET, FormLayout.address(row.row(), FormLayout.COL_NAME),
                        "“" + row.name() + "”不是发给本部门的指标，请不要在表中增加行；新增数据请写在备注或素材中"));
                continue;
            }
            if (rows.putIfAbsent(m.id(), row) != null) {
                problems.add(new FormProblem(dept, METRICS_SHEET, FormLayout.address(row.row(), FormLayout.COL_NAME),
                        "指标“" + m.name() + "”出现了两次，请删去重复的一行"));
            } else if (row.row() != FormLayout.FIRST_METRIC_ROW + owed.indexOf(m)) {
                notices.add("指标“" + m.name() + "”的行位置变了，已按指标编号对应");
            }
        }
        for (Metric m : owed) {
            if (!rows.containsKey(m.id()) && asked.contains(m.id())) {
                problems.add(new FormProblem(dept, METRICS_SHEET, "", "指标“" + m.name() + "”所在的行被删除了，请用原表补填"));
            }
        }

        List<Conflict> conflicts = new ArrayList<>();
        List<ReturnedForm.Value> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Metric m : owed) {
            FormRow row = rows.get(m.id());
            BigDecimal corrected = options.corrections().get(m.id());
            BigDecimal value;
            String acceptedBy = dept;
            String cell = row == null ? "" : FormLayout.address(row.row(), COL_VALUE);
            if (corrected != null) {
                value = corrected;
                acceptedBy = options.officer();
            } else if (row == null) {
                value = null;
            } else {
                ValueParser.Parsed p = ValueParser.parse(row.value(), m);
                if (p.problem() != null) {
                    problems.add(new FormProblem(dept, METRICS_SHEET, cell, "“" + m.name() + "”" + p.problem()));
                    continue;
                }
                if (p.notice() != null) {
                    notices.add(METRICS_SHEET + "!" + cell + "（" + m.name() + "）：" + p.notice());
                }
                value = p.value();
            }
            if (value == null) {
                if (m.value() == null) {
                    missing.add(m.name());
                }
                continue;
            }
            if (m.value() != null && m.value().compareTo(value) == 0) {
                continue; // unchanged: no new history
            }
            if (m.value() != null && corrected == null) {
                if (options.keep() == Keep.ENTERED) {
                    continue;
                }
                if (options.keep() == Keep.ASK) {
                    conflicts.add(new Conflict(m.id(), m.name(), m.value(), value, cell));
                    continue;
                }
            }
            values.add(new ReturnedForm.Value(m.id(), value, acceptedBy));
        }
        ReturnedForm form = problems.isEmpty() && conflicts.isEmpty()
                ? new ReturnedForm(report.id(), department.id(), dept, values, file.material(), file.fileName(),
                file.digest(), options.now(), dept, missing.isEmpty())
                : null;
        return new ReturnResult(dept, problems, conflicts, notices, missing, form);
    }

    /** The form's department, after making sure it belongs to this report and year. */
    private static Department department(Report report, List<Department> departments, ReturnedFile file, Options options) {
        FormIdentity id = file.identity();
        if (id == null) {
            String name = file.titleDepartment();
            Optional<Department> d = departments.stream().filter(x -> x.name().equals(name)).findFirst();
            if (d.isEmpty()) {
                throw new BadInputException("“" + file.fileName() + "”的表格信息页已被删除，表头也看不出是哪个部门的表，请用原表重新填写",
                        file.fileName() + ": the identity sheet was deleted and the title names no known department");
            }
            if (!options.matchByName()) {
                throw new NameMatchNeeded(file.fileName(), name);
            }
            return d.get();
        }
        if (id.reportId() != report.id() || id.year() != report.year()) {
            throw new BadInputException("“" + file.fileName() + "”是另一份报告的数据收集表（《" + id.title() + "》，"
                    + id.year() + "年度），不是《" + report.title() + "》（" + report.year() + "年度）的，未导入",
                    file.fileName() + " is a form for another report or year (" + id.year() + ", " + id.title() + ")");
        }
        return departments.stream().filter(d -> d.id() == id.departmentId()).findFirst()
                .orElseThrow(() -> new BadInputException("“" + file.fileName() + "”是发给“" + id.department()
                        + "”的表，但该部门已不在本报告的部门名单中，请先添加该部门",
                        file.fileName() + ": department " + id.department() + " is no longer listed"));
    }
}
