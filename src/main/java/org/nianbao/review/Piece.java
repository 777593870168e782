package org.nianbao.review;

/**
 * A stretch of a returned paragraph's text with one status: unchanged, or inserted, deleted or
 * moved by one reviewer. Word writes one record per run; pieces keep that grain until
 * {@link ChangeCollector} merges neighbours by the same reviewer.
 *
 * @param moveName the name linking the two ends of a tracked move, or null
 */
record Piece(Kind kind, String text, String author, String date, String moveName) {

    enum Kind {
        SAME, INSERTED, DELETED, MOVED_FROM, MOVED_TO;

        /** Part of the text as it was sent out. */
        boolean inOriginal() {
            return this == SAME || this == DELETED || this == MOVED_FROM;
        }

        /** Part of the text with every change accepted. */
        boolean inRevised() {
            return this == SAME || this == INSERTED || this == MOVED_TO;
        }
    }

    static Piece same(String text) {
        return new Piece(Kind.SAME, text, null, null, null);
    }

    Piece withText(String newText) {
        return new Piece(kind, newText, author, date, moveName);
    }
}
