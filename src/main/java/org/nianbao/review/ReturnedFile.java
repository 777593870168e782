package org.nianbao.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.BadInputException;
import org.nianbao.model.CommentFollowUp;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.OutlineEntry;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;

/**
 * A .docx that came back from the reviewers (or an export just written, read back for its
 * snapshot). Reading it changes nothing anywhere; {@link #review} places its tracked changes,
 * comments and untracked edits on an export snapshot.
 */
public final class ReturnedFile {

    private final Path file;
    private final String hash;
    private final ReturnedDocument document;

    private ReturnedFile(Path file, String hash, ReturnedDocument document) {
        this.file = file;
        this.hash = hash;
        this.document = document;
    }

    /**
     * Reads a returned file.
     *
     * @throws BadInputException when it is missing, not a .docx, encrypted, a zip bomb or damaged
     */
    public static ReturnedFile read(Path file) {
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > ReturnedPackage.MAX_FILE_BYTES) {
                throw ReviewErrors.tooLarge(file);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ReviewErrors.unreadable(file, e);
        }
        ReturnedPackage pkg = ReturnedPackage.read(bytes, file);
        return new ReturnedFile(file, sha256(bytes), DocumentReader.read(pkg, file));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the file's bytes: the same file read twice is recognized. */
    public String hash() {
        return hash;
    }

    /** The report id the export wrote into the properties; empty when the file lost them. */
    public Optional<Long> reportId() {
        return document.property(ExportSnapshot.REPORT_PROPERTY).flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The report id as the file states it, for a message. */
    public String statedReportId() {
        return document.property(ExportSnapshot.REPORT_PROPERTY).orElse("?");
    }

    public Optional<String> exportId() {
        return document.property(ExportSnapshot.EXPORT_PROPERTY);
    }

    public boolean hasSectionBookmarks() {
        return document.hasSectionBookmarks();
    }

    /** Each section's text as the file holds it (changes not applied): the snapshot of a fresh export. */
    public List<ExportSnapshot.SectionText> sectionTexts() {
        List<ExportSnapshot.SectionText> out = new ArrayList<>();
        for (ReturnedSection s : SectionSplitter.split(document, null)) {
            if (s.sectionId != null) {
                out.add(new ExportSnapshot.SectionText(s.sectionId, s.original()));
            }
        }
        return out;
    }

    /** Which of the report's fields (their exported texts given) the file holds where the export puts them. */
    public Set<ReportField> fieldsFound(Map<ReportField, String> expected) {
        Set<ReportField> out = java.util.EnumSet.noneOf(ReportField.class);
        FieldSpans.read(SectionSplitter.split(document, null), document.paragraphs(), expected, false).spans().values()
                .forEach(spans -> spans.forEach(span -> out.add(span.field())));
        return out;
    }

    /** The paraIds of the file's comments: which of the comments an export carried the file holds. */
    public Set<String> commentParaIds() {
        Set<String> out = new HashSet<>();
        for (ReturnedDocument.Comment c : document.comments()) {
            if (c.paraId() != null) {
                out.add(c.paraId());
            }
        }
        return out;
    }

    /**
     * What the file adds to comments the report already has: the ones the snapshot's export carried
     * back to the reviewers are not new items (see {@link #review}); their replies and done flags
     * are these follow-ups.
     */
    public List<CommentFollowUp> followUps(ExportSnapshot snapshot) {
        return CarriedThreads.of(document.comments(), snapshot).followUps();
    }

    /** How well the file's text matches a report: for a file that lost its properties. */
    public ReportMatch match(Report report) {
        List<String> lines = new ArrayList<>();
        for (ReturnedParagraph p : document.paragraphs()) {
            lines.add(compact(p.original()));
        }
        String title = compact(report.title());
        boolean titleFound = lines.stream().limit(12).anyMatch(l -> !title.isEmpty() && l.contains(title));
        int found = 0;
        List<OutlineEntry> outline = report.outline();
        for (OutlineEntry e : outline) {
            String heading = compact(SectionRendering.withoutClosingPunctuation(e.section().heading()));
            if (!heading.isEmpty() && lines.stream().anyMatch(l -> l.contains(heading))) {
                found++;
            }
        }
        return new ReportMatch(report.id() == null ? 0 : report.id(), report.title(), titleFound, found, outline.size());
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * The file's changes and comments placed on the snapshot's sections, in document order: tracked
     * changes (neighbours by one reviewer merged), edits made with tracking off (found by comparing
     * each section with the snapshot, by {@link ReviewItem#UNTRACKED}), and comments with replies.
     */
    public ReviewImport review(ExportSnapshot snapshot, long reportId, Instant now) {
        List<ReturnedSection> sections = SectionSplitter.split(document, snapshot);
        FieldSpans.Outside outside = FieldSpans.read(sections, document.paragraphs(), snapshot.fields(), true);
        Map<Integer, List<FieldSpans.Span>> fields = outside.spans();
        List<Entry> entries = new ArrayList<>();
        for (int order = 0; order < sections.size(); order++) {
            ReturnedSection s = sections.get(order);
            String snapshotText = s.sectionId == null ? null : snapshot.textOf(s.sectionId).orElse(null);
            entries.addAll(changes(s, order, snapshotText, fields.getOrDefault(order, List.of())));
        }
        entries = Crossings.join(entries, sections, document.paragraphs(), snapshot, fields);
        for (Map.Entry<Integer, List<FieldSpans.Located>> gone : outside.retyped().entrySet()) {
            for (FieldSpans.Located g : gone.getValue()) {
                entries.add(new Entry(gone.getKey(), g.item(), "r" + gone.getKey() + ":" + g.at(), null, g.at()));
            }
        }
        entries.addAll(comments(sections, snapshot, fields));
        entries.sort(Comparator.comparingInt((Entry e) -> e.order).thenComparingInt(Entry::at)
                .thenComparing(e -> e.item.kind().isComment()));
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            positions.putIfAbsent(entries.get(i).key, i);
        }
        List<ReviewItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Integer parent = e.parentKey == null ? null : positions.get(e.parentKey);
            items.add(e.item.withPosition(i).withParentPosition(parent));
        }
        return new ReviewImport(null, reportId, snapshot.exportId(), hash, file.getFileName().toString(), now, items);
    }

    /**
     * An item with its region's order and the keys linking replies and moves.
     *
     * @param at   where it stands in the region, for document order
     * @param from a tracked change's range in the region's original text ({@code -1} for other items)
     */
    record Entry(int order, ReviewItem item, String key, String parentKey, int at, int from, int to) {

        Entry(int order, ReviewItem item, String key, String parentKey, int at) {
            this(order, item, key, parentKey, at, -1, -1);
        }

        Entry(int order, ReviewItem item, String key, String parentKey) {
            this(order, item, key, parentKey, item.start());
        }

        boolean isTrackedChange() {
            return from >= 0 && !item.kind().isComment();
        }
    }

    /**
     * @param fields where the report's fields stand in this text outside the sections (empty for a section):
     *               a change inside one is placed on that field
     */
    private static List<Entry> changes(ReturnedSection s, int order, String snapshotText, List<FieldSpans.Span> fields) {
        List<Entry> out = new ArrayList<>();
        String original = s.original();
        TextDiff toSnapshot = snapshotText == null ? null : TextDiff.of(original, snapshotText);
        Long sectionId = snapshotText == null ? null : s.sectionId;
        for (ChangeCollector.Draft d : ChangeCollector.collect(s.pieces)) {
            int start = d.start();
            int end = d.end();
            String old = d.oldText();
            if (toSnapshot != null) {
                int[] placed = toSnapshot.map(start, end).orElseGet(
                        () -> new int[] {toSnapshot.mapPosition(d.start()), toSnapshot.mapPosition(d.end())});
                start = placed[0];
                end = Math.max(start, placed[1]);
                old = snapshotText.substring(start, end);
            }
            ReviewItem item = ChangeCollector.toItem(d, sectionId, start, end, old);
            if (sectionId == null && !fields.isEmpty()) {
                ReviewItem outside = item;
                Optional<ReviewItem> onField = fields.stream().map(f -> f.place(outside, d.start(), d.end()))
                        .flatMap(Optional::stream).findFirst();
                if (onField.isEmpty() && fields.stream().anyMatch(f -> f.start() <= d.start() && d.end() <= f.end())) {
                    continue; // only a line break of the title: layout
                }
                List<FieldSpans.Span> touched = fields.stream().filter(f -> d.start() <= f.end() && f.start() <= d.end()).toList();
                if (onField.isEmpty() && touched.size() > 1) {
                    // from one field into the next, across the paragraph break: whole, by hand
                    FieldSpans.Span first = touched.get(0);
                    item = first.place(outside, Math.max(d.start(), first.start()), first.end()).orElse(outside)
                            .crossing(d.oldText(), d.newText(), ReportFields.label(touched.get(touched.size() - 1).field()));
                } else {
                    item = onField.orElse(item);
                }
            }
            String key = d.moveName() == null ? null : "m" + d.kind() + d.moveName();
            String parentKey = d.kind() == ReviewKind.MOVED_HERE && d.moveName() != null
                    ? "m" + ReviewKind.MOVED_AWAY + d.moveName() : null;
            // a change on a field keeps its place in the text around it for document order
            out.add(new Entry(order, item, key == null ? "x" + order + ":" + out.size() : key, parentKey,
                    item.field() == null ? item.start() : d.start(), d.start(), d.end()));
        }
        for (FieldSpans.Span field : fields) {
            for (FieldSpans.Located edit : field.untracked()) {
                out.add(new Entry(order, edit.item(), "u" + order + field.field() + ":" + edit.item().start(), null, edit.at()));
            }
        }
        if (snapshotText != null) {
            for (TextDiff.Hunk h : TextDiff.mergeNear(TextDiff.of(snapshotText, original).hunks())) {
                ReviewKind kind = h.isInsertion() ? ReviewKind.INSERTION
                        : h.newStart() == h.newEnd() ? ReviewKind.DELETION : ReviewKind.REPLACEMENT;
                ReviewItem item = new ReviewItem(null, 0, kind, sectionId, h.oldStart(), h.oldEnd(),
                        snapshotText.substring(h.oldStart(), h.oldEnd()), original.substring(h.newStart(), h.newEnd()),
                        ReviewItem.UNTRACKED, "", "", false, null, false, null);
                out.add(new Entry(order, item, "u" + order + ":" + h.oldStart(), null));
            }
        }
        return out;
    }

    /**
     * The file's new comments and replies, each on its section, or on the field its anchor starts in
     * (a comment on the title, the issuers, the date), at a range of the text as exported.
     */
    private List<Entry> comments(List<ReturnedSection> sections, ExportSnapshot snapshot,
                                 Map<Integer, List<FieldSpans.Span>> fields) {
        List<Entry> out = new ArrayList<>();
        CarriedThreads carried = CarriedThreads.of(document.comments(), snapshot);
        for (ReturnedDocument.Comment c : document.comments()) {
            if (!carried.isNew(c)) {
                continue; // the report has it already: see followUps
            }
            int order = sectionOf(sections, c.startParagraph());
            if (order < 0) {
                continue;
            }
            ReturnedSection s = sections.get(order);
            int start = s.offsetOf(c.startParagraph(), c.startOffset());
            int end = s.offsetOf(c.endParagraph(), c.endOffset());
            if (start < 0) {
                start = 0;
            }
            if (end < start) {
                end = s.originalLength();
            }
            String original = s.original();
            String snapshotText = s.sectionId == null ? null : snapshot.textOf(s.sectionId).orElse(null);
            Long sectionId = null;
            String anchored = original.substring(Math.min(start, original.length()), Math.min(end, original.length()));
            if (snapshotText != null) {
                TextDiff toSnapshot = TextDiff.of(original, snapshotText);
                start = Math.min(toSnapshot.mapPosition(start), snapshotText.length());
                end = Math.max(start, Math.min(toSnapshot.mapPosition(end), snapshotText.length()));
                anchored = snapshotText.substring(start, end);
                sectionId = s.sectionId;
            }
            ReviewItem item = new ReviewItem(null, 0, ReviewKind.COMMENT, sectionId, start, end, anchored, c.text(),
                    c.author(), c.initials(), c.date(), true, null, c.done(), null);
            int at = start;
            if (snapshotText == null) {
                int from = start;
                int to = end;
                ReviewItem outside = item;
                item = fields.getOrDefault(order, List.of()).stream().filter(f -> f.start() <= from && from <= f.end())
                        .findFirst().map(f -> f.anchor(outside, from, to)).orElse(item);
            }
            out.add(new Entry(order, item, "c" + c.id(), c.parentId() == null ? null : "c" + c.parentId(), at));
        }
        return out;
    }

    private static int sectionOf(List<ReturnedSection> sections, int paragraph) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).paragraphStarts.containsKey(paragraph)) {
                return i;
            }
        }
        return sections.isEmpty() ? -1 : sections.size() - 1;
    }
}
