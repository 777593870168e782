package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.text.Figure;

/**
 * Cuts a very long paragraph into pieces that the figure rules check one by one, so that no text can
 * make the check run for minutes or take gigabytes: the figure rules compare each figure with the
 * figures around it (the counts a rate may divide, the whole of a share, the parts of a list), which
 * costs more than linear time in the figures of one unit. With at most {@link #MAX_FIGURES} figures
 * and {@link #MAX_CHARS} characters per piece, the work per piece is bounded and the check grows
 * linearly with the text.
 *
 * <p>The largest paragraph of the real published texts we hold has 73 figures and 1,705 characters;
 * the limits are several times that, so real paragraphs are never cut and their findings do not
 * change. A long paragraph is cut where its reading allows most: at the end of a full sentence
 * (。！？), else after a semicolon, else after a comma, and only as the last resort between two
 * figures, never inside a figure or a {{指标名}} reference. A piece keeps its paragraph's place, so
 * its findings point into the stored paragraph as usual. A figure whose counts stand on the other
 * side of a cut is only left unverified: checks that lose context find less, they do not guess.
 */
final class ProsePieces {

    /** Figures per piece: five times the largest real paragraph's. */
    static final int MAX_FIGURES = 400;
    /** Characters per piece. */
    static final int MAX_CHARS = 8000;

    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String CLAUSE_ENDS = "；;";
    private static final String COMMAS = "，、";

    private ProsePieces() {
    }

    /** Whether a text of this size is checked whole (every real paragraph is). */
    static boolean fits(String text, List<Figure> figures) {
        return figures.size() <= MAX_FIGURES && text.length() <= MAX_CHARS;
    }

    /** The pieces of a long paragraph, in order; the paragraph itself when it fits. */
    static List<ProseUnit> of(ProseUnit whole) {
        if (fits(whole.text(), whole.figures())) {
            return List.of(whole);
        }
        List<ProseUnit> pieces = new ArrayList<>();
        ResolvedText resolved = whole.resolved();
        int from = 0;
        for (int to : cuts(whole.text(), whole.figures(), resolved)) {
            pieces.add(ProseUnit.of(whole.section(), whole.paragraph(), whole.preamble(), whole.heading(),
                    resolved.slice(from, to)));
            from = to;
        }
        return pieces;
    }

    /** The end offset of every piece, the last one the text's length. */
    static List<Integer> cuts(String text, List<Figure> figures, ResolvedText resolved) {
        List<Integer> cuts = new ArrayList<>();
        int n = text.length();
        int from = 0;
        int next = 0; // the first figure at or after from
        while (from < n) {
            while (next < figures.size() && figures.get(next).start() < from) {
                next++;
            }
            int limit = Math.min(n, from + MAX_CHARS);
            if (next + MAX_FIGURES < figures.size()) {
                limit = Math.min(limit, figures.get(next + MAX_FIGURES).start());
            }
            if (limit >= n) {
                cuts.add(n);
                break;
            }
            // search only the second half of the budget, so every piece holds at least half of it
            int floor = from + Math.max(1, (limit - from) / 2);
            int cut = lastAfter(text, SENTENCE_ENDS, floor, limit);
            if (cut < 0) {
                cut = lastAfter(text, CLAUSE_ENDS, floor, limit);
            }
            if (cut < 0) {
                cut = lastAfter(text, COMMAS, floor, limit);
            }
            if (cut < 0) {
                cut = between(figures, next, limit, floor, resolved);
            }
            cuts.add(cut);
            from = cut;
        }
        return cuts;
    }

    /** The offset after the last of {@code chars} in [floor - 1, limit), or -1. */
    private static int lastAfter(String text, String chars, int floor, int limit) {
        for (int k = limit - 1; k >= floor - 1; k--) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * A cut with no punctuation to use: at the limit, moved back to the start of a figure or a
     * reference it falls inside (a figure at the limit itself is not inside), and never below floor.
     */
    private static int between(List<Figure> figures, int next, int limit, int floor, ResolvedText resolved) {
        int cut = limit;
        for (int i = next; i < figures.size() && figures.get(i).start() < cut; i++) {
            Figure f = figures.get(i);
            if (f.start() < cut && cut < f.end()) {
                cut = f.start();
            }
        }
        int reference = resolved.referenceAround(cut);
        if (reference >= 0) {
            cut = reference;
        }
        return Math.max(cut, floor);
    }
}
