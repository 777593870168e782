package org.nianbao.collect;

import java.util.List;

/**
 * A returned form as read from its file, before validation.
 *
 * @param identity       the hidden sheet's identity, or null when that sheet was deleted
 * @param titleDepartment the department named in the metrics sheet's title (for a form without identity)
 * @param rows           the metrics sheet's rows that name a metric
 * @param material       the material sheet's paragraphs, in order
 * @param digest         SHA-256 of the file's bytes
 */
public record ReturnedFile(String fileName, String digest, FormIdentity identity, String titleDepartment,
                           List<FormRow> rows, List<String> material, boolean hasMetricsSheet) {

    public ReturnedFile {
        rows = List.copyOf(rows);
        material = List.copyOf(material);
    }
}
