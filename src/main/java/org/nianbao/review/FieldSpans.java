package org.nianbao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewItem;

/**
 * Where the report's fields stand in the text outside the sections of a returned file: the title,
 * then the recipient and the preamble, among the paragraphs before the first section; the issuers
 * and the date after the sections end.
 * A field is found by its exported text in the paragraphs as they were sent (tracked changes not
 * applied), so what the reviewers changed in it can be placed on it; a field not found (typed over
 * with tracking off) leaves its changes outside, to be done by hand.
 */
final class FieldSpans {

    /**
     * A field's paragraphs in one region: [start, end) in the region's original text.
     *
     * @param text the field's exported text
     */
    record Span(ReportField field, int start, int end, String text) {

        /**
         * A change inside the span, placed on the field: the title's line breaks are layout and not
         * part of its text; a change that is only such a break is none.
         */
        Optional<ReviewItem> place(ReviewItem outside, int from, int to) {
            if (from < start || to > end) {
                return Optional.empty();
            }
            String sent = text;
            if (field != ReportField.TITLE) {
                return Optional.of(outside.onField(field, from - start, to - start, outside.oldText(), outside.newText()));
            }
            int a = withoutBreaks(sent, from - start);
            int b = withoutBreaks(sent, to - start);
            String old = outside.oldText().replace("\n", "");
            String added = outside.newText().replace("\n", "");
            if (old.isEmpty() && added.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(outside.onField(field, a, b, old, added));
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

    private FieldSpans() {
    }

    /**
     * The spans of the expected fields, by region order (the index in {@code regions}).
     *
     * @param expected each field's exported text (the title without its line breaks)
     */
    static Map<Integer, List<Span>> locate(List<ReturnedSection> regions, List<ReturnedParagraph> paragraphs,
                                           Map<ReportField, String> expected) {
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
            List<Integer> indexes = new ArrayList<>(region.paragraphStarts.keySet());
            indexes.sort(null);
            List<Span> spans = new ArrayList<>();
            if (order < first) {
                title(region, indexes, paragraphs, expected.get(ReportField.TITLE)).ifPresent(spans::add);
                int from = spans.isEmpty() ? 0 : indexes.indexOf(paragraphAt(region, spans.get(0).start())) + 1;
                List<Integer> afterTitle = indexes.subList(Math.max(0, from), indexes.size());
                lines(region, afterTitle, paragraphs, ReportField.RECIPIENT, expected.get(ReportField.RECIPIENT)).ifPresent(spans::add);
                lines(region, afterTitle, paragraphs, ReportField.PREAMBLE, expected.get(ReportField.PREAMBLE)).ifPresent(spans::add);
            } else {
                lines(region, indexes, paragraphs, ReportField.ISSUERS, expected.get(ReportField.ISSUERS)).ifPresent(spans::add);
                lines(region, indexes, paragraphs, ReportField.DATE, expected.get(ReportField.DATE)).ifPresent(spans::add);
            }
            if (!spans.isEmpty()) {
                out.put(order, spans);
            }
        }
        return out;
    }

    private static int paragraphAt(ReturnedSection region, int start) {
        return region.paragraphStarts.entrySet().stream().filter(e -> e.getValue() == start).mapToInt(e -> e.getKey())
                .findFirst().orElse(-1);
    }

    private static Optional<Span> title(ReturnedSection region, List<Integer> indexes, List<ReturnedParagraph> paragraphs,
                                        String title) {
        if (title == null) {
            return Optional.empty();
        }
        for (int index : indexes) {
            String sent = paragraphs.get(index).original();
            if (sent.replace("\n", "").equals(title)) {
                int start = region.paragraphStarts.get(index);
                return Optional.of(new Span(ReportField.TITLE, start, start + sent.length(), sent));
            }
        }
        return Optional.empty();
    }

    /** A field of one or more lines: as many consecutive paragraphs, each as sent. */
    private static Optional<Span> lines(ReturnedSection region, List<Integer> indexes, List<ReturnedParagraph> paragraphs,
                                        ReportField field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i + lines.length <= indexes.size(); i++) {
            boolean all = true;
            for (int k = 0; k < lines.length && all; k++) {
                int index = indexes.get(i + k);
                all = index == indexes.get(i) + k && paragraphs.get(index).original().equals(lines[k]);
            }
            if (all) {
                int start = region.paragraphStarts.get(indexes.get(i));
                return Optional.of(new Span(field, start, start + text.length(), text));
            }
        }
        return Optional.empty();
    }
}
