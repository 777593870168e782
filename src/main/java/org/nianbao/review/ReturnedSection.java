package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the returned file that belong to one section (or to the text outside the
 * sections: sectionId null), joined into one stream of pieces with the paragraph marks between
 * them, so offsets match the snapshot's section text (paragraphs joined by a line feed).
 */
final class ReturnedSection {

    final Long sectionId;
    final List<Piece> pieces = new ArrayList<>();
    /** Offset of each paragraph's start in the original text, by paragraph index in the document. */
    final java.util.Map<Integer, Integer> paragraphStarts = new java.util.HashMap<>();
    private int originalLength;

    ReturnedSection(Long sectionId, List<ReturnedParagraph> all, List<Integer> indexes) {
        this.sectionId = sectionId;
        for (int i = 0; i < indexes.size(); i++) {
            int index = indexes.get(i);
            ReturnedParagraph p = all.get(index);
            paragraphStarts.put(index, originalLength);
            for (Piece piece : p.pieces) {
                add(piece);
            }
            if (i < indexes.size() - 1) {
                add(p.mark);
            }
        }
    }

    private void add(Piece piece) {
        pieces.add(piece);
        if (piece.kind().inOriginal()) {
            originalLength += piece.text().length();
        }
    }

    String original() {
        StringBuilder sb = new StringBuilder(originalLength);
        for (Piece p : pieces) {
            if (p.kind().inOriginal()) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    String revised() {
        StringBuilder sb = new StringBuilder(originalLength);
        for (Piece p : pieces) {
            if (p.kind().inRevised()) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    /** An anchor (paragraph index, offset) as an offset of this section's original text, or -1. */
    int offsetOf(int paragraph, int offset) {
        Integer start = paragraphStarts.get(paragraph);
        return start == null ? -1 : start + offset;
    }

    /** The index in the document of its last paragraph, whose mark ends it; -1 for none. */
    int lastParagraph() {
        return paragraphStarts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    int originalLength() {
        return originalLength;
    }
}
