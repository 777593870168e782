package org.nianbao.model;

import java.util.List;
import java.util.Objects;

/** An attachment (附件): printed after the body, each on a new page. */
public record Attachment(Long id, String title, List<Paragraph> body) {
    public Attachment {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
    }

    public Attachment withId(Long newId) {
        return new Attachment(newId, title, body);
    }
}
