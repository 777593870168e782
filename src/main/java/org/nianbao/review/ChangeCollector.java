package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/**
 * Turns a section's pieces into changes: neighbouring records by the same reviewer (Word writes one
 * per run) are one change, a deletion next to an insertion is a replacement, and the two ends of a
 * move stay separate items linked by the move's name. Offsets are in the section's original text.
 */
final class ChangeCollector {

    private ChangeCollector() {
    }

    /** A change before it is placed on the snapshot: offsets in the returned file's original text. */
    record Draft(ReviewKind kind, int start, int end, String oldText, String newText, String author,
                 String date, String moveName) {
    }

    static List<Draft> collect(List<Piece> pieces) {
        List<Draft> out = new ArrayList<>();
        int offset = 0;
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            if (first.kind() == Piece.Kind.SAME) {
                offset += first.text().length();
                i++;
                continue;
            }
            int start = offset;
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            boolean move = first.kind() == Piece.Kind.MOVED_FROM || first.kind() == Piece.Kind.MOVED_TO;
            int j = i;
            while (j < pieces.size() && belongsTo(pieces.get(j), first, move)) {
                Piece p = pieces.get(j);
                if (p.kind().inOriginal()) {
                    removed.append(p.text());
                    offset += p.text().length();
                } else {
                    added.append(p.text());
                }
                j++;
            }
            out.add(new Draft(kind(first, removed, added), start, offset, removed.toString(), added.toString(),
                    first.author(), first.date(), first.moveName()));
            i = j;
        }
        return out;
    }

    /** Same reviewer; a move's end joins only the records of the same end of the same move. */
    private static boolean belongsTo(Piece p, Piece first, boolean move) {
        if (p.kind() == Piece.Kind.SAME || !p.author().equals(first.author())) {
            return false;
        }
        if (move) {
            return p.kind() == first.kind() && java.util.Objects.equals(p.moveName(), first.moveName());
        }
        return p.kind() == Piece.Kind.INSERTED || p.kind() == Piece.Kind.DELETED;
    }

    private static ReviewKind kind(Piece first, CharSequence removed, CharSequence added) {
        if (first.kind() == Piece.Kind.MOVED_FROM) {
            return ReviewKind.MOVED_AWAY;
        }
        if (first.kind() == Piece.Kind.MOVED_TO) {
            return ReviewKind.MOVED_HERE;
        }
        if (removed.isEmpty()) {
            return ReviewKind.INSERTION;
        }
        return added.isEmpty() ? ReviewKind.DELETION : ReviewKind.REPLACEMENT;
    }

    static ReviewItem toItem(Draft d, Long sectionId, int start, int end, String oldText) {
        return new ReviewItem(null, 0, d.kind(), sectionId, start, end, oldText, d.newText(), d.author(), "",
                d.date(), true, null, false, null);
    }
}
