package org.nianbao.check;

import java.util.List;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;
import org.nianbao.text.Sentences;

/**
 * One piece of prose the rules read: the title, a heading or a paragraph, with references rendered,
 * figures scanned and sentences split once for all rules.
 *
 * @param section   numbering path, "" for title and preamble
 * @param paragraph index in the section, or {@link Location#HEADING}
 * @param preamble  whether this is a preamble paragraph (or the title)
 * @param heading   whether this is a heading (or the title)
 */
record ProseUnit(String section, int paragraph, boolean preamble, boolean heading, ResolvedText resolved,
                 List<Figure> figures, List<Sentences.Span> sentences, FigureContexts contexts,
                 List<Claim> claims) {

    static ProseUnit of(String section, int paragraph, boolean preamble, boolean heading,
                        ResolvedText resolved) {
        return of(section, paragraph, preamble, heading, resolved, FigureScanner.scan(resolved.text()), true);
    }

    /**
     * A unit whose figures are already scanned; without claims when {@code withClaims} is false: a
     * long paragraph read whole by the text rules, while the figure rules read its pieces.
     */
    static ProseUnit of(String section, int paragraph, boolean preamble, boolean heading, ResolvedText resolved,
                        List<Figure> figures, boolean withClaims) {
        String text = resolved.text();
        ProseUnit bare = new ProseUnit(section, paragraph, preamble, heading, resolved, figures,
                Sentences.split(text), new FigureContexts(text, figures), List.of());
        if (!withClaims) {
            return bare;
        }
        List<Claim> claims = Claim.find(bare);
        return claims.isEmpty() ? bare : new ProseUnit(section, paragraph, preamble, heading, resolved, figures,
                bare.sentences(), bare.contexts(), claims);
    }

    String text() {
        return resolved.text();
    }

    /** The location of a span of the rendered text, in stored-text offsets. */
    Location location(int start, int end) {
        return new Location(section, paragraph, resolved.originalStart(start), resolved.originalEnd(end));
    }

    /** The sentence distance between two offsets: 0 in the same sentence, 1 in the neighbouring one. */
    int sentenceDistance(int a, int b) {
        return Math.abs(sentenceOf(a) - sentenceOf(b));
    }

    String slice(int start, int end) {
        return text().substring(start, end);
    }

    /**
     * Index of the sentence holding an offset (the last sentence for an offset outside the text). A
     * binary search: the rules ask this for every figure near every claim.
     */
    int sentenceOf(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        if (hi < 0 || offset < 0 || offset >= sentences.get(hi).end()) {
            return hi;
        }
        while (lo < hi) { // the sentences are contiguous: find the last one starting at or before the offset
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
