package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;

/** One paragraph of the returned document: its pieces, its mark (a tracked split or merge), its bookmarks. */
final class ReturnedParagraph {

    final List<Piece> pieces = new ArrayList<>();
    /** The paragraph mark: SAME, or INSERTED (a paragraph split) / DELETED (merged with the next). */
    Piece mark = Piece.same("\n");
    /** The id of the section whose hidden bookmark starts here, or null. */
    Long sectionStart;
    /** The sections end here: the closing (issuers, date) starts with this paragraph. */
    boolean endMarker;
    private int originalLength;

    void add(Piece.Kind kind, String text, String author, String date, String moveName) {
        if (text.isEmpty()) {
            return;
        }
        if (kind.inOriginal()) {
            originalLength += text.length();
        }
        if (!pieces.isEmpty()) {
            Piece last = pieces.get(pieces.size() - 1);
            if (last.kind() == kind && kind == Piece.Kind.SAME) {
                pieces.set(pieces.size() - 1, last.withText(last.text() + text));
                return;
            }
        }
        pieces.add(new Piece(kind, text, author, date, moveName));
    }

    /** Length of the text as it was sent out so far: where a comment anchor falls. */
    int originalLength() {
        return originalLength;
    }

    String original() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p.kind().inOriginal()) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }

    String revised() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            if (p.kind().inRevised()) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }
}
