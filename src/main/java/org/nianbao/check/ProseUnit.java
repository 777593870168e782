package org.nianbao.check;

import java.util.List;
import org.nianbao.text.Figure;
import org.nianbao.text.FigureScanner;
import org.nianbao.text.Sentences;

/**
 * One piece of prose the rules read: the title, a heading or a paragraph, with references rendered,
 * figures scanned and sentences split once for all rules. Which sentence holds an offset, and which
 * figures a sentence holds, are looked up in arrays (binary search), so a paragraph of 10,000 figures
 * is checked in time proportional to its length (issue 15, "Limits").
 *
 * @param section   numbering path, "" for title and preamble
 * @param paragraph index in the section, or {@link Location#HEADING}
 * @param preamble  whether this is a preamble paragraph (or the title)
 * @param heading   whether this is a heading (or the title)
 */
record ProseUnit(String section, int paragraph, boolean preamble, boolean heading, ResolvedText resolved,
                 List<Figure> figures, List<Sentences.Span> sentences, FigureContexts contexts,
                 List<Claim> claims, Index index) {

    /** Sentence starts and the figures of each sentence, for constant or logarithmic lookups. */
    record Index(int[] sentenceStarts, int[] firstFigure, List<Sentences.Span> fullSentences) {

        static Index of(String text, List<Figure> figures, List<Sentences.Span> sentences) {
            int[] starts = new int[sentences.size()];
            for (int s = 0; s < starts.length; s++) {
                starts[s] = sentences.get(s).start();
            }
            int[] first = new int[sentences.size() + 1];
            int f = 0;
            for (int s = 0; s < sentences.size(); s++) {
                while (f < figures.size() && figures.get(f).start() < sentences.get(s).start()) {
                    f++;
                }
                first[s] = f;
            }
            first[sentences.size()] = figures.size();
            return new Index(starts, first, Sentences.splitFull(text));
        }
    }

    static ProseUnit of(String section, int paragraph, boolean preamble, boolean heading,
                        ResolvedText resolved) {
        return of(section, paragraph, preamble, heading, resolved, FigureScanner.scan(resolved.text()), true);
    }

    /**
     * A unit whose figures are already scanned; without claims when {@code withClaims} is false: a
     * long paragraph read whole by the text rules, while the figure rules read its pieces
     * ({@link ProsePieces}).
     */
    static ProseUnit of(String section, int paragraph, boolean preamble, boolean heading, ResolvedText resolved,
                        List<Figure> figures, boolean withClaims) {
        String text = resolved.text();
        List<Sentences.Span> sentences = Sentences.split(text);
        ProseUnit bare = new ProseUnit(section, paragraph, preamble, heading, resolved, figures, sentences,
                new FigureContexts(text, figures), List.of(), Index.of(text, figures, sentences));
        if (!withClaims) {
            return bare;
        }
        List<Claim> claims = Claim.find(bare);
        return claims.isEmpty() ? bare : new ProseUnit(section, paragraph, preamble, heading, resolved, figures,
                sentences, bare.contexts(), claims, bare.index());
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

    /** Index of the sentence holding an offset (sentences cover the text without gaps). */
    int sentenceOf(int offset) {
        int[] starts = index.sentenceStarts();
        int lo = 0;
        int hi = starts.length - 1;
        if (hi < 0) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Where sentence s starts in the text. */
    int sentenceStart(int s) {
        return index.sentenceStarts()[s];
    }

    /** The first figure index of sentence s (clamped), so figures of sentences [a, b] are firstFigure(a)..firstFigure(b + 1). */
    int firstFigure(int s) {
        int[] first = index.firstFigure();
        return first[Math.max(0, Math.min(s, first.length - 1))];
    }

    /** Full sentences (。！？), semicolons inside, split once. */
    List<Sentences.Span> fullSentences() {
        return index.fullSentences();
    }

    /** The full sentence holding an offset. */
    Sentences.Span fullSentenceOf(int offset) {
        List<Sentences.Span> full = index.fullSentences();
        int lo = 0;
        int hi = full.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (full.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return full.isEmpty() ? new Sentences.Span(0, text().length()) : full.get(lo);
    }

    /** The figure index of the last figure starting before an offset, or -1. */
    int lastFigureBefore(int offset) {
        int lo = 0;
        int hi = figures.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (figures.get(mid).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Whether text[from, to) holds nothing but spaces and ，：(stops at the first other character). */
    static boolean onlyPunctuation(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && "，,：:".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
