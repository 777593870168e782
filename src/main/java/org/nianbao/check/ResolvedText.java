package org.nianbao.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.Metric;
import org.nianbao.model.MetricReference;
import org.nianbao.text.MetricText;

/**
 * A paragraph with its {{指标名}} references rendered (as {@link MetricText#resolveReferences} does),
 * remembering where each piece came from, so a finding about the rendered text can point at the
 * stored text: offsets inside a rendered reference map to the whole reference.
 */
final class ResolvedText {

    private final String original;
    private final String text;
    /** Start offsets in the rendered text of each reference, and their rendered ends. */
    private final int[] refStart;
    private final int[] refEnd;
    /** The reference's span in the original text. */
    private final int[] origStart;
    private final int[] origEnd;
    /** The metric each rendered reference names. */
    private final String[] names;
    /**
     * For a piece of a long paragraph ({@link #slice}): where the piece starts in the whole rendered
     * text, and the stored-text offset minus the rendered offset there. Both 0 for a whole paragraph.
     */
    private final int base;
    private final int baseShift;

    private ResolvedText(String original, String text, int[] refStart, int[] refEnd, int[] origStart,
                         int[] origEnd, String[] names) {
        this(original, text, refStart, refEnd, origStart, origEnd, names, 0, 0);
    }

    private ResolvedText(String original, String text, int[] refStart, int[] refEnd, int[] origStart,
                         int[] origEnd, String[] names, int base, int baseShift) {
        this.base = base;
        this.baseShift = baseShift;
        this.original = original;
        this.names = names;
        this.text = text;
        this.refStart = refStart;
        this.refEnd = refEnd;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    static ResolvedText of(String original, Map<String, Metric> metrics) {
        List<MetricReference> refs = original.indexOf("{{") < 0 ? List.of() : MetricReference.findIn(original);
        if (refs.isEmpty()) {
            return new ResolvedText(original, original, new int[0], new int[0], new int[0], new int[0],
                    new String[0]);
        }
        StringBuilder sb = new StringBuilder(original.length());
        List<int[]> spans = new ArrayList<>();
        List<String> rendered = new ArrayList<>();
        int at = 0;
        for (MetricReference ref : refs) {
            sb.append(original, at, ref.start());
            Metric metric = metrics.get(ref.metricName());
            Optional<String> figure = metric == null ? Optional.empty() : MetricText.render(metric);
            if (figure.isPresent()) {
                int s = sb.length();
                sb.append(figure.get());
                spans.add(new int[] {s, sb.length(), ref.start(), ref.end()});
                rendered.add(ref.metricName());
            } else {
                sb.append(original, ref.start(), ref.end()); // unknown or empty: left visible as written
            }
            at = ref.end();
        }
        sb.append(original, at, original.length());
        int n = spans.size();
        int[] rs = new int[n];
        int[] re = new int[n];
        int[] os = new int[n];
        int[] oe = new int[n];
        for (int i = 0; i < n; i++) {
            rs[i] = spans.get(i)[0];
            re[i] = spans.get(i)[1];
            os[i] = spans.get(i)[2];
            oe[i] = spans.get(i)[3];
        }
        return new ResolvedText(original, sb.toString(), rs, re, os, oe, rendered.toArray(String[]::new));
    }

    String text() {
        return text;
    }

    /**
     * The rendered span [from, to) as a text of its own whose offsets still map to the whole stored
     * paragraph: a piece of a long paragraph, checked on its own (see {@link ProsePieces}). A cut
     * inside a rendered reference is moved by the caller (see {@link #referenceAround}).
     */
    ResolvedText slice(int from, int to) {
        int first = refsStartingBefore(from, false);
        int last = first;
        while (last < refStart.length && refEnd[last] <= to) {
            last++;
        }
        int n = last - first;
        int[] rs = new int[n];
        int[] re = new int[n];
        for (int i = 0; i < n; i++) {
            rs[i] = refStart[first + i] - from;
            re[i] = refEnd[first + i] - from;
        }
        return new ResolvedText(original, text.substring(from, to), rs, re,
                java.util.Arrays.copyOfRange(origStart, first, last), java.util.Arrays.copyOfRange(origEnd, first, last),
                java.util.Arrays.copyOfRange(names, first, last), base + from, originalStart(from) - from - base);
    }

    /**
     * How many references start at or before the offset ({@code inclusive}), or strictly before it:
     * a binary search, so a paragraph of thousands of references maps offsets in logarithmic time.
     */
    private int refsStartingBefore(int offset, boolean inclusive) {
        int lo = 0;
        int hi = refStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refStart[mid] < offset || (inclusive && refStart[mid] == offset)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String original() {
        return original;
    }

    /** Whether the rendered span [start, end) lies inside a rendered reference. */
    boolean fromReference(int start, int end) {
        return referencedMetric(start, end) != null;
    }

    /** The name of the metric whose rendered reference holds the span [start, end); null if none. */
    String referencedMetric(int start, int end) {
        int i = refsStartingBefore(start, true) - 1; // references do not overlap: only this one can hold it
        return i >= 0 && end <= refEnd[i] ? names[i] : null;
    }

    /** The start of the rendered reference strictly around an offset (start < offset < end), or -1. */
    int referenceAround(int offset) {
        int i = refsStartingBefore(offset, false) - 1;
        return i >= 0 && offset < refEnd[i] ? refStart[i] : -1;
    }

    /** The stored-text offset of a rendered start offset. */
    int originalStart(int offset) {
        return map(offset, true);
    }

    /** The stored-text offset of a rendered end offset. */
    int originalEnd(int offset) {
        return map(offset, false);
    }

    private int map(int offset, boolean isStart) {
        // the last reference that starts before the offset (an end offset at a reference's start is before it)
        int i = refsStartingBefore(offset, isStart) - 1;
        if (i < 0) {
            return offset + base + baseShift;
        }
        if (offset < refEnd[i] || (!isStart && offset == refEnd[i])) {
            return isStart ? origStart[i] : origEnd[i];
        }
        return offset + origEnd[i] - refEnd[i];
    }
}
