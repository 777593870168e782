package org.nianbao.layout;

import java.util.List;
import java.util.Optional;

/**
 * A report set on pages: what the preview shows, what the PDF and OFD print, what the page rules
 * check.
 *
 * @param pages    every page, blank ones included
 * @param headings the headings in order, for the outline
 * @param notes    what the layout could not do as the standard asks, in Chinese, for the officer
 */
public record LaidOutReport(List<Page> pages, List<HeadingMark> headings, List<String> notes) {

    public LaidOutReport {
        pages = List.copyOf(pages);
        headings = List.copyOf(headings);
        notes = List.copyOf(notes);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The 0-based page on which the text at {@code location} prints. */
    public Optional<Integer> pageOf(TextLocation location) {
        int best = -1;
        for (int p = 0; p < pages.size(); p++) {
            for (PlacedLine line : pages.get(p).lines()) {
                for (PlacedRun run : line.runs()) {
                    TextLocation at = run.location();
                    if (at.sameParagraph(location)) {
                        if (location.offset() < at.offset() + run.text().length()) {
                            return Optional.of(best < 0 ? p : (at.offset() <= location.offset() ? p : best));
                        }
                        best = p;
                    }
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** The text under the point (x, y) of page {@code page}, in points; empty between lines. */
    public Optional<TextLocation> locationAt(int page, double x, double y) {
        if (page < 0 || page >= pages.size()) {
            return Optional.empty();
        }
        for (PlacedLine line : pages.get(page).lines()) {
            if (y < line.top() || y >= line.top() + line.height() || line.runs().isEmpty()) {
                continue;
            }
            PlacedRun nearest = line.runs().get(0);
            for (PlacedRun run : line.runs()) {
                int i = run.charAt(x);
                if (i >= 0) {
                    return Optional.of(run.location().plus(i));
                }
                if (x > run.right()) {
                    nearest = run;
                }
            }
            // left or right of the text: its first or last character
            PlacedRun first = line.runs().get(0);
            if (x < first.left()) {
                return Optional.of(first.location());
            }
            return Optional.of(nearest.location().plus(Math.max(0, nearest.text().length() - 1)));
        }
        return Optional.empty();
    }
}
