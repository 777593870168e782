package org.nianbao.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/**
 * Where the report's fields stand in the text outside the sections of a returned file: the title,
 * then the recipient and the preamble, among the paragraphs before the first section; the issuers
 * and the date after the sections end.
 * A field is found by its exported text in the paragraphs as they were sent (tracked changes not
 * applied), so what the reviewers changed in it can be placed on it. A field typed over with
 * tracking off no longer reads as exported: it is then the paragraphs most like it between the
 * fields found around it (at least half its characters in common), and its differences from the
 * export are changes by "未修订的修改", as a section's are.
 */
final class FieldSpans {

    /** Below this share of characters in common, paragraphs are not taken for a field typed over. */
    private static final double LIKE_ENOUGH = 0.5;

    /**
     * A field's paragraphs in one region: [start, end) in the region's original text.
     *
     * @param sent     the field's paragraphs as the file holds them (tracked changes not applied), the
     *                 title with its line breaks
     * @param exported the field's text as the export printed it (the snapshot's)
     */
    record Span(ReportField field, int start, int end, String sent, String exported) {

        /** The sent text as the field's text: a title's line breaks are layout, not text. */
        private String flat() {
            return field == ReportField.TITLE ? sent.replace("\n", "") : sent;
        }

        private int flatPosition(int regionPosition) {
            int position = regionPosition - start;
            return field == ReportField.TITLE ? withoutBreaks(sent, position) : position;
        }

        /**
         * A change inside the span, placed on the field at a range of its exported text: the title's
         * line breaks are layout and not part of its text; a change that is only such a break is none.
         */
        Optional<ReviewItem> place(ReviewItem outside, int from, int to) {
            if (from < start || to > end) {
                return Optional.empty();
            }
            int a = flatPosition(from);
            int b = flatPosition(to);
            String old = outside.oldText();
            String added = outside.newText();
            if (field == ReportField.TITLE) {
                old = old.replace("\n", "");
                added = added.replace("\n", "");
                if (old.isEmpty() && added.isEmpty()) {
                    return Optional.empty();
                }
            }
            String flat = flat();
            if (!flat.equals(exported)) {
                // typed over with tracking off as well: the change is placed on the field as exported
                TextDiff toExported = TextDiff.of(flat, exported);
                int fa = a;
                int fb = b;
                int[] placed = toExported.map(a, b).orElseGet(
                        () -> new int[] {toExported.mapPosition(fa), toExported.mapPosition(fb)});
                a = Math.min(placed[0], exported.length());
                b = Math.min(Math.max(a, placed[1]), exported.length());
                old = exported.substring(a, b);
            }
            return Optional.of(outside.onField(field, a, b, old, added));
        }

        /**
         * A comment anchored from {@code from} (inside the span) to {@code to}: placed on the field,
         * on the words of its exported text it covers (up to the field's end).
         */
        ReviewItem anchor(ReviewItem comment, int from, int to) {
            int a = flatPosition(from);
            int b = flatPosition(Math.max(from, Math.min(to, end)));
            String flat = flat();
            if (!flat.equals(exported)) {
                TextDiff toExported = TextDiff.of(flat, exported);
                a = toExported.mapPosition(a);
                b = toExported.mapPosition(b);
            }
            a = Math.min(a, exported.length());
            b = Math.min(Math.max(a, b), exported.length());
            return comment.onField(field, a, b, exported.substring(a, b), comment.newText());
        }

        /**
         * The differences between the field as exported and as the file holds it: edits made with
         * tracking off, each with where it stands in the region (for document order).
         */
        List<Located> untracked() {
            List<Located> out = new ArrayList<>();
            String flat = flat();
            for (TextDiff.Hunk h : TextDiff.mergeNear(TextDiff.of(exported, flat).hunks())) {
                ReviewKind kind = h.isInsertion() ? ReviewKind.INSERTION
                        : h.newStart() == h.newEnd() ? ReviewKind.DELETION : ReviewKind.REPLACEMENT;
                ReviewItem item = new ReviewItem(null, 0, kind, null, h.oldStart(), h.oldEnd(),
                        exported.substring(h.oldStart(), h.oldEnd()), flat.substring(h.newStart(), h.newEnd()),
                        ReviewItem.UNTRACKED, "", "", false, null, false, null, field);
                out.add(new Located(item, start + h.newStart()));
            }
            return out;
        }

        private static int withoutBreaks(String text, int position) {
            int breaks = 0;
            for (int i = 0; i < position && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    breaks++;
                }
            }
            return position - breaks;
        }
    }

    /** An item on a field, with its offset in the region's original text. */
    record Located(ReviewItem item, int at) {
    }

    private FieldSpans() {
    }

    /**
     * The spans of the expected fields, by region order (the index in {@code regions}).
     *
     * @param expected each field's exported text (the title without its line breaks)
     * @param typedOver whether a field not found as exported may be the paragraphs most like it (a
     *                  returned file); false for a file just written, which holds them exactly or not at all
     */
    static Map<Integer, List<Span>> locate(List<ReturnedSection> regions, List<ReturnedParagraph> paragraphs,
                                           Map<ReportField, String> expected, boolean typedOver) {
        Map<Integer, List<Span>> out = new HashMap<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).sectionId != null) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first < 0) {
            return out;
        }
        for (int order = 0; order < regions.size(); order++) {
            ReturnedSection region = regions.get(order);
            if (region.sectionId != null || order > first && order < last) {
                continue;
            }
            List<ReportField> fields = order < first
                    ? List.of(ReportField.TITLE, ReportField.RECIPIENT, ReportField.PREAMBLE)
                    : List.of(ReportField.ISSUERS, ReportField.DATE);
            List<Span> spans = new Region(region, paragraphs, expected).spans(fields, typedOver);
            if (!spans.isEmpty()) {
                out.put(order, spans);
            }
        }
        return out;
    }

    /** The paragraphs of one region outside the sections, and where each field stands among them. */
    private static final class Region {
        private final ReturnedSection region;
        private final List<ReturnedParagraph> paragraphs;
        private final Map<ReportField, String> expected;
        private final List<Integer> indexes;
        /** Field → [first, end) positions in {@link #indexes}. */
        private final Map<ReportField, int[]> found = new EnumMap<>(ReportField.class);

        Region(ReturnedSection region, List<ReturnedParagraph> paragraphs, Map<ReportField, String> expected) {
            this.region = region;
            this.paragraphs = paragraphs;
            this.expected = expected;
            this.indexes = new ArrayList<>(region.paragraphStarts.keySet());
            indexes.sort(null);
        }

        List<Span> spans(List<ReportField> fields, boolean typedOver) {
            int from = 0;
            for (ReportField f : fields) {
                Optional<int[]> at = find(f, from, indexes.size(), true);
                if (at.isPresent()) {
                    found.put(f, at.get());
                    from = at.get()[1];
                }
            }
            if (typedOver) {
                from = 0;
                for (int k = 0; k < fields.size(); k++) {
                    ReportField f = fields.get(k);
                    if (!found.containsKey(f)) {
                        int to = indexes.size();
                        for (int j = k + 1; j < fields.size() && to == indexes.size(); j++) {
                            if (found.containsKey(fields.get(j))) {
                                to = found.get(fields.get(j))[0];
                            }
                        }
                        find(f, from, to, false).ifPresent(at -> found.put(f, at));
                    }
                    if (found.containsKey(f)) {
                        from = found.get(f)[1];
                    }
                }
            }
            List<Span> out = new ArrayList<>();
            for (ReportField f : fields) {
                if (found.containsKey(f)) {
                    int[] at = found.get(f);
                    int start = region.paragraphStarts.get(indexes.get(at[0]));
                    String sent = sent(at[0], at[1]);
                    out.add(new Span(f, start, start + sent.length(), sent, expected.get(f)));
                }
            }
            return out;
        }

        /** The paragraphs [from, to) of {@link #indexes} as sent, one a line. */
        private String sent(int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) {
                if (i > from) {
                    sb.append('\n');
                }
                sb.append(paragraphs.get(indexes.get(i)).original());
            }
            return sb.toString();
        }

        /**
         * The field's lines (the title: one paragraph) among positions [from, to): as exported, or
         * (not {@code exact}) the consecutive paragraphs most like it, if like enough.
         */
        private Optional<int[]> find(ReportField field, int from, int to, boolean exact) {
            String text = expected.get(field);
            if (text == null) {
                return Optional.empty();
            }
            int lines = field == ReportField.TITLE ? 1 : text.split("\n", -1).length;
            int best = -1;
            double bestLikeness = LIKE_ENOUGH;
            for (int i = from; i + lines <= to; i++) {
                if (indexes.get(i + lines - 1) != indexes.get(i) + lines - 1) {
                    continue; // not consecutive paragraphs
                }
                String sent = sent(i, i + lines);
                String flat = field == ReportField.TITLE ? sent.replace("\n", "") : sent;
                if (flat.equals(text)) {
                    return Optional.of(new int[] {i, i + lines});
                }
                if (!exact) {
                    double likeness = likeness(text, flat);
                    if (likeness >= bestLikeness && best < 0 || likeness > bestLikeness) {
                        best = i;
                        bestLikeness = likeness;
                    }
                }
            }
            return best < 0 ? Optional.empty() : Optional.of(new int[] {best, best + lines});
        }
    }

    /** The share of characters two texts have in common, 0 to 1. */
    static double likeness(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int differing = 0;
        for (TextDiff.Hunk h : TextDiff.of(a, b).hunks()) {
            differing += h.oldEnd() - h.oldStart();
        }
        int common = a.length() - differing;
        return 2.0 * common / (a.length() + b.length());
    }
}
