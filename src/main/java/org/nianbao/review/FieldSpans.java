package org.nianbao.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * A field neither as exported nor like it was removed with tracking off when nothing but blank lines
 * (and, in the closing, the attachment note) stands between the fields found around it: an empty span
 * there, whose difference from the export is the whole field deleted. When other text stands there,
 * the field was retyped beyond recognition or something else took its place: that is left to the
 * officer ({@link Outside#retyped}), never applied to the field.
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
     * The report's fields in the text outside the sections, by region order (the index in
     * {@code regions}): where each stands ({@code spans}), and, in a returned file, the fields gone
     * from where they stood while other text stands there ({@code retyped}: retyped beyond
     * recognition, or replaced), one item each by "未修订的修改" with the field's exported text and the
     * text found in its place. Such an item names no field, so it is the officer's to carry over by
     * hand: that text may be something else than the field (a header, a note).
     */
    record Outside(Map<Integer, List<Span>> spans, Map<Integer, List<Located>> retyped) {
    }

    /**
     * The fields outside the sections, placed.
     *
     * @param expected each field's exported text (the title without its line breaks)
     * @param typedOver whether a field not found as exported may be the paragraphs most like it (a
     *                  returned file); false for a file just written, which holds them exactly or not at all
     */
    static Outside read(List<ReturnedSection> regions, List<ReturnedParagraph> paragraphs,
                        Map<ReportField, String> expected, boolean typedOver) {
        Map<Integer, List<Span>> spans = new HashMap<>();
        Map<Integer, List<Located>> retyped = new HashMap<>();
        outside(regions, paragraphs, expected, typedOver).forEach((order, region) -> {
            List<Span> placed = region.spans();
            if (!placed.isEmpty()) {
                spans.put(order, placed);
            }
            if (!region.retyped.isEmpty()) {
                retyped.put(order, region.retyped);
            }
        });
        return new Outside(spans, retyped);
    }

    /** The regions outside the sections (before the first, after the last), each with its fields placed. */
    private static Map<Integer, Region> outside(List<ReturnedSection> regions, List<ReturnedParagraph> paragraphs,
                                                Map<ReportField, String> expected, boolean typedOver) {
        Map<Integer, Region> out = new HashMap<>();
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
            boolean closing = order > first;
            List<ReportField> fields = closing
                    ? List.of(ReportField.ISSUERS, ReportField.DATE)
                    : List.of(ReportField.TITLE, ReportField.RECIPIENT, ReportField.PREAMBLE);
            out.put(order, new Region(region, paragraphs, expected, closing, fields, typedOver));
        }
        return out;
    }

    /** The paragraphs of one region outside the sections, and where each field stands among them. */
    private static final class Region {
        /** 附件说明 lines in the closing: "附件：…", then "\t2.…" (see ClosingWriter). */
        private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^(附件[：:]|\\t?\\d+[.．]).*", Pattern.DOTALL);

        private final ReturnedSection region;
        private final List<ReturnedParagraph> paragraphs;
        private final Map<ReportField, String> expected;
        private final boolean closing;
        private final List<ReportField> fields;
        private final List<Integer> indexes;
        /** Field → [first, end) positions in {@link #indexes}. */
        private final Map<ReportField, int[]> found = new EnumMap<>(ReportField.class);
        /** Field gone with nothing in its place → the position in {@link #indexes} where it stood. */
        private final Map<ReportField, Integer> removed = new EnumMap<>(ReportField.class);
        private final List<Located> retyped = new ArrayList<>();

        Region(ReturnedSection region, List<ReturnedParagraph> paragraphs, Map<ReportField, String> expected,
               boolean closing, List<ReportField> fields, boolean typedOver) {
            this.region = region;
            this.paragraphs = paragraphs;
            this.expected = expected;
            this.closing = closing;
            this.fields = fields;
            this.indexes = new ArrayList<>(region.paragraphStarts.keySet());
            indexes.sort(null);
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
                        find(f, from, nextFound(k), false).ifPresent(at -> found.put(f, at));
                    }
                    if (found.containsKey(f)) {
                        from = found.get(f)[1];
                    }
                }
                gone();
            }
        }

        /** Where the next field after the k-th that was found starts; the region's end if none. */
        private int nextFound(int k) {
            for (int j = k + 1; j < fields.size(); j++) {
                if (found.containsKey(fields.get(j))) {
                    return found.get(fields.get(j))[0];
                }
            }
            return indexes.size();
        }

        /** The fields still not found: removed when nothing stands in their place, else retyped. */
        private void gone() {
            int from = 0;
            for (int k = 0; k < fields.size(); k++) {
                ReportField f = fields.get(k);
                if (found.containsKey(f)) {
                    from = found.get(f)[1];
                    continue;
                }
                String text = expected.get(f);
                if (text == null || text.isEmpty()) {
                    continue;
                }
                int to = nextFound(k);
                int first = -1;
                int last = -1;
                for (int i = from; i < to; i++) {
                    if (!stray(i)) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first < 0) {
                    removed.put(f, to);
                    continue;
                }
                String instead = sent(first, last + 1);
                ReviewItem item = new ReviewItem(null, 0, ReviewKind.REPLACEMENT, null, 0, 0, text,
                        f == ReportField.TITLE ? instead.replace("\n", "") : instead,
                        ReviewItem.UNTRACKED, "", "", false, null, false, null);
                retyped.add(new Located(item, region.paragraphStarts.get(indexes.get(first))));
                from = last + 1; // a next field gone as well finds nothing left in its place
            }
        }

        /** Not text a field could have become: a blank line, or the attachment note in the closing. */
        private boolean stray(int position) {
            String text = paragraphs.get(indexes.get(position)).original();
            return text.isBlank() || closing && ATTACHMENT_NOTE.matcher(text.strip()).matches();
        }

        List<Span> spans() {
            List<Span> out = new ArrayList<>();
            for (ReportField f : fields) {
                if (found.containsKey(f)) {
                    int[] at = found.get(f);
                    int start = region.paragraphStarts.get(indexes.get(at[0]));
                    String sent = sent(at[0], at[1]);
                    out.add(new Span(f, start, start + sent.length(), sent, expected.get(f)));
                } else if (removed.containsKey(f)) {
                    int to = removed.get(f);
                    int at = to < indexes.size() ? region.paragraphStarts.get(indexes.get(to)) : region.originalLength();
                    out.add(new Span(f, at, at, "", expected.get(f)));
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
