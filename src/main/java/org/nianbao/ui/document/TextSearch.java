package org.nianbao.ui.document;

import java.util.OptionalInt;

/** Where a text occurs in the document's text: how often, the next after a place, the one before it. */
public final class TextSearch {

    private TextSearch() {
    }

    public static int count(String text, String query) {
        if (query.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length())) {
            n++;
        }
        return n;
    }

    /** The first match at or after {@code from}, wrapping round to the start. */
    public static OptionalInt next(String text, String query, int from) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        int at = text.indexOf(query, Math.max(0, from));
        if (at < 0) {
            at = text.indexOf(query);
        }
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The last match that starts before {@code before}, wrapping round to the end. */
    public static OptionalInt previous(String text, String query, int before) {
        if (query.isEmpty()) {
            return OptionalInt.empty();
        }
        int at = before <= 0 ? -1 : text.lastIndexOf(query, before - 1);
        if (at < 0) {
            at = text.lastIndexOf(query);
        }
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }
}
