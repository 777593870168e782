package org.nianbao.ui.document;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Highlight marks as RichTextFX style spans; where marks overlap, the worst news shows. */
public final class MarkSpans {

    private static final List<String> SEVERITY_ORDER = List.of("figure-mismatch", "figure-unverifiable",
            "metric-ref", "figure-verified");

    private MarkSpans() {
    }

    /** The marks in text order, the worst first among those starting together (a mismatch over a verified figure). */
    public static List<TextMark> worstFirst(Collection<TextMark> marks) {
        return marks.stream().sorted(Comparator.comparingInt(TextMark::start).thenComparingInt(MarkSpans::rank)).toList();
    }

    /** Spans over a text of {@code length}: marks in {@link #worstFirst} order; a mark overlapping an earlier one is skipped. */
    public static StyleSpans<Collection<String>> of(int length, List<TextMark> marks) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (TextMark mark : marks) {
            int start = Math.max(at, Math.min(mark.start(), length));
            int end = Math.min(mark.end(), length);
            if (end <= start) {
                continue;
            }
            b.add(List.of(), start - at);
            b.add(style(mark), end - start);
            at = end;
        }
        b.add(List.of(), length - at);
        return b.create();
    }

    /** A mark's text style: its class, and the words it draws beside its text (see {@link InlineDrawing}). */
    static List<String> style(TextMark mark) {
        return mark.inserted() == null ? List.of(mark.styleClass())
                : List.of(mark.styleClass(), InlineDrawing.styleEntry(mark.inserted()));
    }

    /** The mark a span of the area's text style carries, read back: its class and its drawn words. */
    static TextMark read(int start, int end, Collection<String> style) {
        return new TextMark(start, end, style.iterator().next(), "", InlineDrawing.wordsOf(style).orElse(null));
    }

    private static int rank(TextMark mark) {
        if (mark.styleClass().startsWith("review-")) {
            return -1; // a reviewer's pending change shows over the figure check's colours
        }
        int at = SEVERITY_ORDER.indexOf(mark.styleClass());
        return at < 0 ? SEVERITY_ORDER.size() : at;
    }
}
