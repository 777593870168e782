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

    private ResolvedText(String original, String text, int[] refStart, int[] refEnd, int[] origStart,
                         int[] origEnd, String[] names) {
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

    String original() {
        return original;
    }

    /** Whether the rendered span [start, end) lies inside a rendered reference. */
    boolean fromReference(int start, int end) {
        return referencedMetric(start, end) != null;
    }

    /** The name of the metric whose rendered reference holds the span [start, end); null if none. */
    String referencedMetric(int start, int end) {
        for (int i = 0; i < refStart.length; i++) {
            if (start >= refStart[i] && end <= refEnd[i]) {
                return names[i];
            }
        }
        return null;
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
        int shift = 0;
        for (int i = 0; i < refStart.length; i++) {
            if (offset < refStart[i] || (!isStart && offset == refStart[i])) {
                break;
            }
            if (offset < refEnd[i] || (!isStart && offset == refEnd[i])) {
                return isStart ? origStart[i] : origEnd[i];
            }
            shift = origEnd[i] - refEnd[i];
        }
        return offset + shift;
    }
}
