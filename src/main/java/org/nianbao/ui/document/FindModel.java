package org.nianbao.ui.document;

import java.util.List;
import java.util.Optional;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.ui.session.ReportSession;

/** Find (Ctrl+F): the next place a text occurs in the headings and bodies of the sections, in document order. */
public final class FindModel {

    /** A match: the section's outline place, the stored paragraph ({@link #HEADING}: the heading), the span in it. */
    public record Hit(String place, int paragraph, int start, int end) {
    }

    /** The paragraph number of a section's heading, which comes before its first paragraph. */
    public static final int HEADING = -1;

    private final ReportSession session;

    public FindModel(ReportSession session) {
        this.session = session;
    }

    /**
     * The first match after a position (section place, paragraph or {@link #HEADING}, offset),
     * wrapping round to the start of the report; empty when the text occurs nowhere.
     */
    public Optional<Hit> next(String query, String fromPlace, int fromParagraph, int fromOffset) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        Report report = session.report();
        List<OutlineEntry> outline = report.outline();
        int first = 0;
        for (int i = 0; i < outline.size(); i++) {
            if (place(outline.get(i)).equals(fromPlace)) {
                first = i;
                break;
            }
        }
        for (int step = 0; step <= outline.size(); step++) {
            OutlineEntry entry = outline.get((first + step) % outline.size());
            boolean startHere = step == 0;
            var paragraphs = entry.section().paragraphs();
            for (int p = startHere ? Math.max(HEADING, fromParagraph) : HEADING; p < paragraphs.size(); p++) {
                String text = p == HEADING ? entry.section().heading() : paragraphs.get(p).text();
                int from = startHere && p == fromParagraph ? fromOffset : 0;
                int at = text.indexOf(query, from);
                if (at >= 0) {
                    return Optional.of(new Hit(place(entry), p, at, at + query.length()));
                }
            }
        }
        return Optional.empty();
    }

    private static String place(OutlineEntry entry) {
        return org.nianbao.text.SectionNumbering.path(entry.path());
    }
}
