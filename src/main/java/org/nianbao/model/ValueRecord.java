package org.nianbao.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One value a metric took, and where it came from (数据来源): the history behind a figure.
 *
 * @param value      the value as accepted; null when it was cleared
 * @param department the department that reported it; empty when the officer typed it
 * @param file       the returned form's file name; empty when typed in the app
 * @param acceptedBy who accepted it (the officer's name, or the department for a clean form)
 */
public record ValueRecord(Long id, long metricId, BigDecimal value, String department, String file,
                          LocalDateTime at, String acceptedBy) {

    public ValueRecord {
        Objects.requireNonNull(at, "at");
        department = department == null ? "" : department;
        file = file == null ? "" : file;
        acceptedBy = acceptedBy == null ? "" : acceptedBy;
    }
}
