package org.nianbao.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A returned .docx as read: its paragraphs with their tracked changes, its comments and where they
 * are anchored, and the ids the export left in its properties (absent when a reviewer pasted the
 * text into a new document).
 */
record ReturnedDocument(List<ReturnedParagraph> paragraphs, List<Comment> comments, Map<String, String> properties) {

    /**
     * A comment (批注) and its anchor: paragraph index and offset in that paragraph's original text.
     *
     * @param paraId its last paragraph's w14:paraId (null when the writer gave none)
     */
    record Comment(String id, String author, String initials, String date, String text, String parentId,
                   boolean done, int startParagraph, int startOffset, int endParagraph, int endOffset,
                   String paraId) {
    }

    Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    boolean hasSectionBookmarks() {
        return paragraphs.stream().anyMatch(p -> p.sectionStart != null);
    }
}
