package org.nianbao.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A department's returned form after validation, ready to be stored in one transaction: the values
 * to take, its written material, and what identifies the file so the same form is not taken twice.
 *
 * @param values     the values to store, by metric id; only those that change the metric
 * @param material   the paragraphs of its material sheet (or file), in order
 * @param digest     SHA-256 of the file's bytes, hex
 * @param complete   every figure the department owes is now in
 */
public record ReturnedForm(long reportId, long departmentId, String department, List<Value> values,
                           List<String> material, String file, String digest, LocalDateTime at,
                           String acceptedBy, boolean complete) {

    /** One value to store, and who accepted it (the department, or the officer who corrected it). */
    public record Value(long metricId, BigDecimal value, String acceptedBy) {
    }

    public ReturnedForm {
        values = List.copyOf(values);
        material = List.copyOf(material);
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(at, "at");
    }
}
