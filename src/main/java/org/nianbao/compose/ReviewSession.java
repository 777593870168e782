package org.nianbao.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.check.ReportChecker;
import org.nianbao.model.BadInputException;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Report;
import org.nianbao.model.ReportField;
import org.nianbao.model.ReviewImport;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.model.ReviewStatus;
import org.nianbao.model.Section;
import org.nianbao.review.Placement;
import org.nianbao.review.ReportFields;
import org.nianbao.review.ReportMatch;
import org.nianbao.review.ReturnedFile;
import org.nianbao.review.ReviewErrors;
import org.nianbao.review.ReviewPlacer;
import org.nianbao.store.ReportStore;
import org.nianbao.store.ReportSummary;

/**
 * The reviewers' files of one report: reading a returned file into pending changes (once per file
 * content), showing each change on the current text, and accepting or rejecting it, each decision
 * one store transaction. Nothing reaches the report until the officer accepts.
 */
public final class ReviewSession {

    private final ReportStore store;
    private final Clock clock;

    public ReviewSession(ReportStore store) {
        this(store, Clock.systemUTC());
    }

    public ReviewSession(ReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A pending change or comment as the officer sees it now. */
    public record Pending(ReviewImport source, Placement placement, boolean breaksFigure) {
        public ReviewItem item() {
            return placement.item();
        }
    }

    /**
     * Reads a returned file and stores its changes for the report it came from. The report is the one
     * named in the file's properties; a file without them needs {@code confirmedReport} (see
     * {@link #proposeMatch}). Reading the same file again returns what was stored the first time.
     *
     * @throws BadInputException for a bad file, a file from another report or another database
     */
    public ReviewImport importFile(Path file, Long confirmedReport) {
        ReturnedFile returned = ReturnedFile.read(file);
        long reportId;
        ExportSnapshot snapshot;
        Optional<Long> stated = returned.reportId();
        if (stated.isPresent() || returned.exportId().isPresent()) {
            if (stated.isEmpty() || confirmedReport != null && !stated.get().equals(confirmedReport)) {
                throw ReviewErrors.otherReport(file, returned.statedReportId(), confirmedReport == null ? -1 : confirmedReport);
            }
            reportId = stated.get();
            snapshot = returned.exportId().flatMap(id -> store.reviews().snapshot(id))
                    .orElseThrow(() -> ReviewErrors.unknownExport(file));
            if (snapshot.reportId() != reportId) {
                throw ReviewErrors.otherReport(file, Long.toString(snapshot.reportId()), reportId);
            }
        } else {
            if (confirmedReport == null) {
                throw needsConfirmation(file, proposeMatch(returned));
            }
            reportId = confirmedReport;
            store.load(reportId);
            snapshot = store.reviews().latestSnapshot(reportId).orElseThrow(() -> new BadInputException(
                    "报告 " + reportId + " 还没有导出记录，无法比对审阅文件。请先导出一次报告再导入审阅意见。",
                    "report " + reportId + " has no recorded export to compare the file with"));
        }
        Optional<ReviewImport> known = store.reviews().findImport(reportId, returned.hash());
        if (known.isPresent()) {
            return known.get();
        }
        ReviewImport read = returned.review(snapshot, reportId, Instant.now(clock));
        // comments an export carried back are not listed again: replies and done flags go to the stored ones
        return store.reviews().insertImport(read.withItems(notSeenBefore(read)), returned.followUps(snapshot));
    }

    /**
     * A second round's file still holds the first round's tracked changes and comments: what an
     * earlier file of the same export already brought (pending or decided) is not added again. A
     * comment stays when a new reply hangs on it.
     */
    private List<ReviewItem> notSeenBefore(ReviewImport read) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ReviewImport earlier : store.reviews().imports(read.reportId())) {
            if (java.util.Objects.equals(earlier.exportId(), read.exportId())) {
                Map<Integer, ReviewItem> byPosition = byPosition(earlier.items());
                earlier.items().forEach(i -> seen.add(key(i, byPosition)));
            }
        }
        if (seen.isEmpty()) {
            return read.items();
        }
        Map<Integer, ReviewItem> byPosition = byPosition(read.items());
        java.util.Set<Integer> keep = new java.util.HashSet<>();
        for (ReviewItem item : read.items()) {
            if (!seen.contains(key(item, byPosition))) {
                keep.add(item.position());
                if (item.parentPosition() != null) {
                    keep.add(item.parentPosition()); // a new reply keeps its comment; a move keeps both ends
                }
            }
        }
        for (ReviewItem item : read.items()) {
            if (item.kind() == ReviewKind.MOVED_HERE && item.parentPosition() != null && keep.contains(item.parentPosition())) {
                keep.add(item.position());
            }
        }
        return read.items().stream().filter(i -> keep.contains(i.position())).toList();
    }

    private static Map<Integer, ReviewItem> byPosition(List<ReviewItem> items) {
        Map<Integer, ReviewItem> out = new HashMap<>();
        items.forEach(i -> out.put(i.position(), i));
        return out;
    }

    /** What makes two items of two files of one export the same: what, where, by whom, when. */
    private static String key(ReviewItem i, Map<Integer, ReviewItem> byPosition) {
        ReviewItem parent = i.parentPosition() == null ? null : byPosition.get(i.parentPosition());
        return i.kind() + "|" + i.sectionId() + "|" + i.field() + "|" + i.start() + "|" + i.end() + "|" + i.oldText() + "|" + i.newText()
                + "|" + i.author() + "|" + i.date() + "|" + i.tracked()
                + (parent == null ? "" : "|" + key(parent.withParentPosition(null), byPosition));
    }

    /** For a file that lost its properties: the stored report it matches best, if any is plausible. */
    public Optional<ReportMatch> proposeMatch(Path file) {
        return proposeMatch(ReturnedFile.read(file));
    }

    private Optional<ReportMatch> proposeMatch(ReturnedFile returned) {
        ReportMatch best = null;
        for (ReportSummary summary : store.list()) {
            ReportMatch m = returned.match(store.load(summary.id()));
            if (best == null || m.score() > best.score()) {
                best = m;
            }
        }
        return Optional.ofNullable(best).filter(ReportMatch::plausible);
    }

    private static BadInputException needsConfirmation(Path file, Optional<ReportMatch> match) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (match.isEmpty()) {
            return new BadInputException("审阅文件“" + name + "”缺少来源信息，也没有找到标题和各级标题相符的报告，未做任何改动。",
                    "the returned file has no source properties and matches no report");
        }
        ReportMatch m = match.get();
        return new BadInputException("审阅文件“" + name + "”缺少来源信息；按标题和各级标题比对，最接近报告 " + m.reportId()
                + "《" + m.title() + "》（" + (m.titleFound() ? "标题相符，" : "") + m.headingsFound() + "/" + m.headings()
                + " 个标题相符）。请确认后加 --report " + m.reportId() + " 重新导入。",
                "the returned file lost its properties; closest report " + m.reportId() + ": confirm with --report");
    }

    /** Every pending change and comment of the report's returned files, in document order per file. */
    public List<Pending> pending(long reportId) {
        Report report = store.load(reportId);
        FigureCheck figures = new FigureCheck(report);
        List<Pending> out = new ArrayList<>();
        for (ReviewImport imported : store.reviews().imports(reportId)) {
            ReviewPlacer placer = new ReviewPlacer(snapshotOf(imported), report);
            for (ReviewItem item : imported.items()) {
                if (item.status() != ReviewStatus.PENDING) {
                    continue;
                }
                Placement p = placer.place(item);
                boolean breaks = p.applicable() && item.field() == null && FigureCheck.touchesFigures(item)
                        && figures.breaks(placer.apply(p));
                out.add(new Pending(imported, p, breaks));
            }
        }
        return out;
    }

    private ExportSnapshot snapshotOf(ReviewImport imported) {
        return imported.exportId() == null ? null : store.reviews().snapshot(imported.exportId()).orElse(null);
    }

    /**
     * Accepts, in document order, every pending change that applies (of one reviewer, when named),
     * each placed on the text as the accepts before it left it and written in its own transaction.
     * Returns how many were accepted.
     */
    public int acceptAll(long reportId, String author) {
        Report working = store.load(reportId);
        int accepted = 0;
        for (ReviewImport imported : store.reviews().imports(reportId)) {
            ExportSnapshot snapshot = snapshotOf(imported);
            java.util.Set<Long> done = new java.util.HashSet<>();
            for (ReviewItem item : imported.items()) {
                if (item.status() != ReviewStatus.PENDING || item.kind().isComment() || done.contains(item.id())
                        || author != null && !author.equals(item.author())) {
                    continue;
                }
                Found found = new Found(imported, item, snapshot);
                Optional<Applied> applied = acceptOn(working, found);
                if (applied.isPresent()) {
                    working = applied.get().after();
                    done.add(item.id());
                    linked(found).ifPresent(other -> done.add(other.id()));
                    accepted++;
                }
            }
        }
        return accepted;
    }

    /**
     * Whether a change breaks a figure: the checker on the changed section alone (with the metrics),
     * before and after; the section alone keeps a report of thousands of changes quick to show.
     */
    private static final class FigureCheck {
        private final Report report;
        private final ReportChecker checker = new ReportChecker();
        private final Map<Long, Integer> before = new HashMap<>();

        FigureCheck(Report report) {
            this.report = report;
        }

        /** Only a change that adds or removes a digit or a percent sign can change what a figure states. */
        static boolean touchesFigures(ReviewItem item) {
            return hasFigureCharacter(item.oldText()) || hasFigureCharacter(item.newText());
        }

        private static boolean hasFigureCharacter(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isDigit(c) || c == '%' || c == '％' || c == '.' || "〇零一二三四五六七八九十百千万亿两".indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }

        boolean breaks(Section changed) {
            int base = before.computeIfAbsent(changed.id(), id -> errors(sectionOf(report, id)));
            return errors(changed) > base;
        }

        private int errors(Section section) {
            Report alone = report.withSections(List.of(section.withChildren(List.of())));
            return checker.check(alone).errors();
        }
    }

    /**
     * Accepts one change (with the other end of a move): the section (or the report's title, issuers
     * or date) and the decision in one transaction. Returns what undo needs; empty when the change
     * does not apply (a conflict, outside the sections), in which case nothing is written.
     */
    public Optional<Accepted> accept(long reportId, long itemId) {
        Report report = store.load(reportId);
        Found found = find(reportId, itemId).orElseThrow();
        return acceptOn(report, found).map(Applied::accepted);
    }

    /** An accept done: the report after it, and what undoes it. */
    private record Applied(Report after, Accepted accepted) {
    }

    /** Places and applies the change (and a move's other end) on the report, writes it. */
    private Optional<Applied> acceptOn(Report report, Found found) {
        List<ReviewItem> items = new ArrayList<>();
        items.add(found.item);
        linked(found).ifPresent(items::add);
        // the later end first, so the earlier one's offsets stay valid within one section
        items.sort(Comparator.comparingInt(ReviewItem::start).reversed());
        Map<Long, Section> old = new java.util.LinkedHashMap<>();
        java.util.Set<ReportField> fields = java.util.EnumSet.noneOf(ReportField.class);
        Report working = report;
        for (ReviewItem item : items) {
            Placement p = ReviewPlacer.place(item, found.snapshot, working);
            if (!p.applicable()) {
                return Optional.empty();
            }
            if (item.field() != null) {
                working = ReviewPlacer.applyToField(p, working);
                fields.add(item.field());
                continue;
            }
            Section changed = ReviewPlacer.apply(p, working);
            old.putIfAbsent(changed.id(), sectionOf(working, changed.id()));
            working = withSection(working, changed);
        }
        List<Section> changed = new ArrayList<>();
        for (Long id : old.keySet()) {
            changed.add(sectionOf(working, id));
        }
        List<Long> ids = items.stream().map(ReviewItem::id).toList();
        store.reviews().decide(ids, ReviewStatus.ACCEPTED, changed, fields.isEmpty() ? null : working);
        return Optional.of(new Applied(working, new Accepted(ids, List.copyOf(old.values()),
                fields.isEmpty() ? null : report, fields)));
    }

    /**
     * An accepted change: its items (two for a move), the sections as they were before, and, for a
     * change on one of the report's fields (title, recipient, preamble, issuers, date), which fields
     * and the report as it was (null otherwise).
     */
    public record Accepted(List<Long> itemIds, List<Section> before, Report fieldsBefore, java.util.Set<ReportField> fields) {
        public Accepted {
            fields = java.util.Set.copyOf(fields);
        }

        public Accepted(List<Long> itemIds, List<Section> before) {
            this(itemIds, before, null, java.util.Set.of());
        }
    }

    /** Undoes an accept: the sections as they were and the change pending again, in one transaction. */
    public void undo(Accepted accepted) {
        Report fields = null;
        if (accepted.fieldsBefore() != null) {
            Report was = accepted.fieldsBefore();
            // only the fields this accept wrote go back: what else was set since (another accept) stays
            fields = store.load(was.id());
            for (ReportField field : accepted.fields()) {
                fields = ReportFields.copy(field, was, fields);
            }
        }
        store.reviews().decide(accepted.itemIds(), ReviewStatus.PENDING, accepted.before(), fields);
    }

    public void reject(long itemId) {
        store.reviews().decide(List.of(itemId), ReviewStatus.REJECTED, List.of());
    }

    public void reopen(long itemId) {
        store.reviews().decide(List.of(itemId), ReviewStatus.PENDING, List.of());
    }

    private record Found(ReviewImport source, ReviewItem item, ExportSnapshot snapshot) {
    }

    private Optional<Found> find(long reportId, long itemId) {
        for (ReviewImport imported : store.reviews().imports(reportId)) {
            for (ReviewItem item : imported.items()) {
                if (item.id() == itemId) {
                    return Optional.of(new Found(imported, item, snapshotOf(imported)));
                }
            }
        }
        return Optional.empty();
    }

    /** The other end of a move. */
    private static Optional<ReviewItem> linked(Found found) {
        ReviewItem item = found.item;
        for (ReviewItem other : found.source.items()) {
            boolean partner = item.kind() == ReviewKind.MOVED_HERE && item.parentPosition() != null
                    && other.position() == item.parentPosition()
                    || item.kind() == ReviewKind.MOVED_AWAY && other.kind() == ReviewKind.MOVED_HERE
                    && other.parentPosition() != null && other.parentPosition() == item.position();
            if (partner && other.status() == ReviewStatus.PENDING) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    static Section sectionOf(Report report, long id) {
        return report.outline().stream().map(e -> e.section()).filter(s -> s.id() != null && s.id() == id)
                .findFirst().orElseThrow();
    }

    /** The report with one section replaced (its children kept). */
    static Report withSection(Report report, Section changed) {
        return report.withSections(replace(report.sections(), changed));
    }

    private static List<Section> replace(List<Section> sections, Section changed) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            if (s.id() != null && s.id().equals(changed.id())) {
                out.add(changed.withChildren(s.children()));
            } else {
                out.add(s.withChildren(replace(s.children(), changed)));
            }
        }
        return out;
    }
}
