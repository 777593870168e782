package org.nianbao.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One paragraph of written material (素材) a department sent. It is kept under the department and
 * never enters the report by itself: the officer drags or copies it into a section.
 *
 * @param source the file it came from (form or .docx/.txt)
 */
public record Material(Long id, long departmentId, String text, String source, LocalDateTime receivedAt) {

    public Material {
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
