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
        String text = resolved.text();
        List<Figure> figures = FigureScanner.scan(text);
        ProseUnit bare = new ProseUnit(section, paragraph, preamble, heading, resolved, figures,
                Sentences.split(text), new FigureContexts(text, figures), List.of());
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

    /** Index of the sentence holding an offset. */
    int sentenceOf(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(offset)) {
                return i;
            }
        }
        return sentences.size() - 1;
    }
}
