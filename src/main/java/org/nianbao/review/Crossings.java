package org.nianbao.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/**
 * Tracked changes that cross the paragraph break between two places of the returned file: from the
 * end of one section into the next one's heading, from the preamble into the first section, from the
 * last section into the issuers. Each place is read on its own, so such a change first comes out in
 * pieces: the end of the first place, the deleted paragraph mark between them (which belongs to
 * neither), the start of the next.
 *
 * <p>Deleting that mark merges the two places, which the report cannot hold (a section's heading
 * folded into the text before it), and applying only the words on either side would be applying
 * half of what the reviewer did. So the pieces become one change, kept on the first place and
 * naming the next, for the officer by hand ({@link ReviewItem#crossesInto}). One case is no merge:
 * whole paragraphs deleted at the end of a place, their marks with them (a paragraph selected and
 * deleted), leave the next place as it was; that is the deletion of those paragraphs within the place.
 */
final class Crossings {

    private Crossings() {
    }

    /** The entries with the pieces of each change across two places joined. */
    static List<ReturnedFile.Entry> join(List<ReturnedFile.Entry> entries, List<ReturnedSection> regions,
                                         List<ReturnedParagraph> paragraphs, ExportSnapshot snapshot,
                                         Map<Integer, List<FieldSpans.Span>> fields) {
        List<ReturnedFile.Entry> out = new ArrayList<>(entries);
        ReturnedFile.Entry running = null; // a joined change that took all of the current place
        for (int order = 0; order + 1 < regions.size(); order++) {
            ReturnedSection place = regions.get(order);
            int last = place.lastParagraph();
            Piece mark = last < 0 ? null : paragraphs.get(last).mark;
            running = mark != null && mark.kind() == Piece.Kind.DELETED
                    ? joinAt(out, order, mark, regions, snapshot, fields, running) : null;
        }
        return out;
    }

    /**
     * Joins the pieces of the change that deleted the break after region {@code order}; returns it
     * when it took all of the next region too (so it runs on if that one's break is deleted as well).
     *
     * @param running the change joined at the break before, when it took all of this region
     */
    private static ReturnedFile.Entry joinAt(List<ReturnedFile.Entry> out, int order, Piece mark,
                                             List<ReturnedSection> regions, ExportSnapshot snapshot,
                                             Map<Integer, List<FieldSpans.Span>> fields, ReturnedFile.Entry running) {
        ReturnedSection place = regions.get(order);
        ReturnedSection next = regions.get(order + 1);
        Optional<ReturnedFile.Entry> tail = piece(out, order, mark.author(), e -> e.to() == place.originalLength());
        Optional<ReturnedFile.Entry> head = piece(out, order + 1, mark.author(), e -> e.from() == 0);
        boolean takesNext = head.isPresent() && head.get().to() == next.originalLength();
        String name = nameOf(next, fields.getOrDefault(order + 1, List.of()));
        if (running != null && tail.isEmpty() && running.item().author().equals(mark.author())) {
            // the change took all of this place already: it runs on into the next one
            ReviewItem before = running.item();
            ReturnedFile.Entry longer = withItem(running, before.crossing(
                    before.oldText() + "\n" + head.map(e -> e.item().oldText()).orElse(""),
                    before.newText() + head.map(e -> e.item().newText()).orElse(""), name));
            out.set(out.indexOf(running), longer);
            head.ifPresent(out::remove);
            return takesNext ? longer : null;
        }
        if (tail.isPresent() && head.isEmpty()) {
            Optional<ReviewItem> whole = wholeParagraphs(tail.get(), place, snapshot);
            if (whole.isPresent()) {
                out.set(out.indexOf(tail.get()), withItem(tail.get(), whole.get()));
                return null;
            }
        }
        ReviewItem start = tail.map(ReturnedFile.Entry::item)
                .orElseGet(() -> atEnd(place, snapshot, fields.getOrDefault(order, List.of()), mark));
        String old = tail.map(e -> e.item().oldText()).orElse("") + "\n" + head.map(e -> e.item().oldText()).orElse("");
        String added = tail.map(e -> e.item().newText()).orElse("") + head.map(e -> e.item().newText()).orElse("");
        ReviewItem crossing = start.crossing(old, added, name);
        tail.ifPresent(out::remove);
        head.ifPresent(out::remove);
        int at = tail.map(ReturnedFile.Entry::at).orElse(place.originalLength());
        ReturnedFile.Entry joined = new ReturnedFile.Entry(order, crossing, "k" + order, null, at,
                tail.map(ReturnedFile.Entry::from).orElse(place.originalLength()), place.originalLength());
        out.add(joined);
        return takesNext ? joined : null;
    }

    /** The reviewer's tracked change (not a move) in a region that ends or starts at the break. */
    private static Optional<ReturnedFile.Entry> piece(List<ReturnedFile.Entry> entries, int order, String author,
                                                     java.util.function.Predicate<ReturnedFile.Entry> atTheBreak) {
        return entries.stream()
                .filter(e -> e.order() == order && e.isTrackedChange() && e.item().author().equals(author)
                        && e.item().crossesInto() == null && e.item().kind() != ReviewKind.MOVED_AWAY
                        && e.item().kind() != ReviewKind.MOVED_HERE && atTheBreak.test(e))
                .max(Comparator.comparingInt(ReturnedFile.Entry::from));
    }

    /**
     * A deletion from the start of a paragraph to the place's end, with the mark after it: those
     * paragraphs deleted within the place, from the break before them ("\n" + their text).
     */
    private static Optional<ReviewItem> wholeParagraphs(ReturnedFile.Entry tail, ReturnedSection place, ExportSnapshot snapshot) {
        ReviewItem item = tail.item();
        if (item.kind() != ReviewKind.DELETION || tail.from() == 0 || !place.paragraphStarts.containsValue(tail.from())
                || item.start() == 0) {
            return Optional.empty();
        }
        Optional<String> exported = item.field() != null ? snapshot.fieldText(item.field())
                : item.sectionId() != null ? snapshot.textOf(item.sectionId()) : Optional.empty();
        return exported.filter(text -> item.start() <= text.length() && text.charAt(item.start() - 1) == '\n')
                .map(text -> item.withRange(item.start() - 1, item.end(), "\n" + item.oldText()));
    }

    /** A change that is only the deleted break: where the first place ends, in its own coordinates. */
    private static ReviewItem atEnd(ReturnedSection place, ExportSnapshot snapshot, List<FieldSpans.Span> fields, Piece mark) {
        ReviewItem item = new ReviewItem(null, 0, ReviewKind.DELETION, null, place.originalLength(), place.originalLength(),
                "", "", mark.author(), "", mark.date(), true, null, false, null);
        Optional<String> section = place.sectionId == null ? Optional.empty() : snapshot.textOf(place.sectionId);
        if (section.isPresent()) {
            int end = section.get().length();
            return new ReviewItem(null, 0, ReviewKind.DELETION, place.sectionId, end, end, "", "", mark.author(), "",
                    mark.date(), true, null, false, null);
        }
        for (FieldSpans.Span f : fields) {
            if (f.end() == place.originalLength()) {
                int end = f.exported().length();
                return item.onField(f.field(), end, end, "", "");
            }
        }
        return item;
    }

    /** The next place's name as the file showed it: a field's name, or its first line (a section's heading). */
    private static String nameOf(ReturnedSection next, List<FieldSpans.Span> fields) {
        for (FieldSpans.Span f : fields) {
            if (f.start() == 0) {
                return ReportFields.label(f.field());
            }
        }
        String line = SectionSplitter.firstLine(next.original());
        return line.length() <= 20 ? line : line.substring(0, 20) + "…";
    }

    private static ReturnedFile.Entry withItem(ReturnedFile.Entry e, ReviewItem item) {
        return new ReturnedFile.Entry(e.order(), item, e.key(), e.parentKey(), e.at(), e.from(), e.to());
    }
}
