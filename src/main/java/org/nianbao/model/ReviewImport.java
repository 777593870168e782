package org.nianbao.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One returned file as read: its changes and comments, pending until the officer decides.
 *
 * @param exportId the export the file came from (its snapshot places the items); null when none is known
 * @param fileHash SHA-256 of the file's bytes, hex: the same file is never imported twice
 */
public record ReviewImport(Long id, long reportId, String exportId, String fileHash, String fileName,
                           Instant importedAt, List<ReviewItem> items) {

    public ReviewImport {
        Objects.requireNonNull(fileHash, "fileHash");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
        items = List.copyOf(items);
    }

    public ReviewImport withId(Long newId) {
        return new ReviewImport(newId, reportId, exportId, fileHash, fileName, importedAt, items);
    }

    public ReviewImport withItems(List<ReviewItem> newItems) {
        return new ReviewImport(id, reportId, exportId, fileHash, fileName, importedAt, newItems);
    }
}
