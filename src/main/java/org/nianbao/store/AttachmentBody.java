package org.nianbao.store;

import java.util.Arrays;
import java.util.List;
import org.nianbao.model.Paragraph;

/** An attachment's paragraphs kept in one column, a line feed between them (paragraphs hold none). */
final class AttachmentBody {

    private AttachmentBody() {
    }

    static String join(List<Paragraph> body) {
        return String.join("\n", body.stream().map(Paragraph::text).toList());
    }

    static List<Paragraph> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n", -1)).map(Paragraph::new).toList();
    }
}
