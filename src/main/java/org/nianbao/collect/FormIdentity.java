package org.nianbao.collect;

import java.util.Map;

/**
 * What the hidden sheet says about the form: which report (id, year, title), which department, the
 * metrics it asked for (id → name) and the layout version.
 */
public record FormIdentity(int version, long reportId, int year, String title, long departmentId, String department,
                           Map<Long, String> metrics) {

    static final String REPORT_ID = "report_id";
    static final String YEAR = "year";
    static final String TITLE = "report_title";
    static final String DEPARTMENT_ID = "department_id";
    static final String DEPARTMENT = "department";
    static final String METRIC = "metric";

    public FormIdentity {
        metrics = Map.copyOf(metrics);
    }
}
