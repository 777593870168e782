package org.nianbao.compose;

/**
 * What the checker says about a paragraph of a department's material (素材), before the officer
 * takes it into the report.
 *
 * @param excerpt the span the finding is about, as written
 */
public record MaterialNote(long materialId, String department, String excerpt, String message, boolean error) {

    @Override
    public String toString() {
        return department + "的素材" + (excerpt.isEmpty() ? "" : "“" + excerpt + "”") + "：" + message;
    }
}
