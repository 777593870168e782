package org.nianbao.store;

/** One line of the report list. */
public record ReportSummary(long id, int year, String title) {
}
