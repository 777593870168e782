package org.nianbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.ExportSnapshot;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewStatus;
import org.nianbao.model.Section;

/**
 * Rebases a reviewer's change from the exported text onto the section as it is now and writes it
 * into the section. When the officer has edited the same text since the export, or the change
 * touches what the export generated (a number, the problem list), it is a conflict and never
 * applied silently.
 */
public final class ReviewPlacer {

    private final ExportSnapshot snapshot;
    private final Report current;
    /** Per section: its rendering now and the differences since the export, computed once. */
    private final java.util.Map<Long, Optional<SectionState>> sections = new java.util.HashMap<>();

    private record SectionState(SectionRendering rendering, TextDiff sinceExport) {
    }

    /** Places many items of one file on one state of the report, each section rendered and compared once. */
    public ReviewPlacer(ExportSnapshot snapshot, Report current) {
        this.snapshot = snapshot;
        this.current = current;
    }

    public static Placement place(ReviewItem item, ExportSnapshot snapshot, Report current) {
        return new ReviewPlacer(snapshot, current).place(item);
    }

    private Optional<SectionState> state(long sectionId) {
        return sections.computeIfAbsent(sectionId, id -> {
            Optional<String> exported = snapshot == null ? Optional.empty() : snapshot.textOf(id);
            Optional<SectionRendering> now = SectionRendering.of(current, id);
            if (exported.isEmpty() || now.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SectionState(now.get(), TextDiff.of(exported.get(), now.get().text())));
        });
    }

    public Placement place(ReviewItem item) {
        if (item.status() != ReviewStatus.PENDING && !item.kind().isComment()) {
            return new Placement(item, Placement.Status.DECIDED, item.start(), item.end(), "", "");
        }
        if (item.crossesInto() != null) {
            return new Placement(item, Placement.Status.OUTSIDE, item.start(), item.end(), "", crossingReason(item));
        }
        if (item.field() != null) {
            return placeOnField(item);
        }
        if (item.sectionId() == null) {
            return new Placement(item, Placement.Status.OUTSIDE, item.start(), item.end(), "", "不在正文章节中（标题、落款等），请手工修改");
        }
        Optional<SectionState> state = state(item.sectionId());
        if (state.isEmpty()) {
            return new Placement(item, Placement.Status.OUTSIDE, item.start(), item.end(), "", "该章节已删除，请手工处理");
        }
        SectionRendering now = state.get().rendering();
        String text = now.text();
        Optional<int[]> mapped = state.get().sinceExport().map(item.start(), item.end());
        if (item.kind().isComment()) {
            int[] at = mapped.orElse(new int[] {Math.min(item.start(), text.length()), Math.min(item.start(), text.length())});
            return new Placement(item, Placement.Status.COMMENT, at[0], at[1], "", "");
        }
        if (mapped.isEmpty() || !text.substring(mapped.get()[0], mapped.get()[1]).equals(item.oldText())) {
            return conflict(item, text, "导出后此处已被修改，审阅意见与现有文字冲突");
        }
        int[] at = mapped.get();
        if (touchesFixed(now, at[0], at[1])) {
            return conflict(item, text, "改动涉及自动生成的编号或问题清单，请在相应位置手工修改");
        }
        return new Placement(item, Placement.Status.APPLICABLE, at[0], at[1], "", "");
    }

    /** Why a change across two places is left to the officer (see {@link ReviewItem#crossesInto}). */
    private static String crossingReason(ReviewItem item) {
        if (item.sectionId() != null && item.start() == 0 && item.kind() == org.nianbao.model.ReviewKind.DELETION) {
            return "此修订从本章节标题起一直删到“" + item.crossesInto() + "”，删去了整个章节；章节的增删请在大纲中操作，"
                    + "不会自动应用";
        }
        // merging two places is not something the report can hold; one side alone would be half the change
        return "此修订从这里一直改到“" + item.crossesInto() + "”，删去了两处之间的分段，报告不能这样合并，不会自动应用，请手工修改";
    }

    /**
     * A change on the title, the issuers or the date, rebased from the field as exported onto the
     * field now; a conflict when the officer changed those words since, or when the result cannot
     * be that field (a date that is none).
     */
    private Placement placeOnField(ReviewItem item) {
        String label = ReportFields.label(item.field());
        Optional<String> exported = snapshot == null ? Optional.empty() : snapshot.fieldText(item.field());
        if (exported.isEmpty()) {
            if (item.kind().isComment()) {
                return new Placement(item, Placement.Status.COMMENT, item.start(), item.end(), "", "");
            }
            return new Placement(item, Placement.Status.OUTSIDE, item.start(), item.end(), "", label + "不在导出记录中，请手工修改");
        }
        String now = ReportFields.printed(current, item.field()).orElse("");
        if (item.kind().isComment()) {
            // on the field's words where they stand now; a comment stays with its field whatever the officer typed
            TextDiff sinceExport = TextDiff.of(exported.get(), now);
            int start = Math.min(sinceExport.mapPosition(item.start()), now.length());
            return new Placement(item, Placement.Status.COMMENT, start,
                    Math.max(start, Math.min(sinceExport.mapPosition(item.end()), now.length())), "", "");
        }
        Optional<int[]> mapped = TextDiff.of(exported.get(), now).map(item.start(), item.end());
        if (mapped.isEmpty() || !now.substring(mapped.get()[0], mapped.get()[1]).equals(item.oldText())) {
            return conflict(item, now, "导出后" + label + "已被修改，审阅意见与现有文字冲突");
        }
        int[] at = mapped.get();
        String after = now.substring(0, at[0]) + changed(item) + now.substring(at[1]);
        if (ReportFields.withPrinted(current, item.field(), after).isEmpty()) {
            return conflict(item, now, "改后的" + label + "“" + after + "”无法识别，请手工修改");
        }
        return new Placement(item, Placement.Status.APPLICABLE, at[0], at[1], "", "");
    }

    /** The text a change leaves in place of what it covers. */
    private static String changed(ReviewItem item) {
        return item.kind() == org.nianbao.model.ReviewKind.MOVED_AWAY
                || item.kind() == org.nianbao.model.ReviewKind.DELETION ? "" : item.newText();
    }

    /** The report with an applicable change on one of its fields written in. */
    public static Report applyToField(Placement placement, Report current) {
        ReviewItem item = placement.item();
        if (!placement.applicable() || item.field() == null) {
            throw new IllegalArgumentException("not applicable to a field: " + placement.status());
        }
        String now = ReportFields.printed(current, item.field()).orElse("");
        String after = now.substring(0, placement.start()) + changed(item) + now.substring(placement.end());
        return ReportFields.withPrinted(current, item.field(), after).orElseThrow();
    }

    private static Placement conflict(ReviewItem item, String text, String reason) {
        int from = Math.min(item.start(), text.length());
        int to = Math.min(Math.max(item.end(), from), text.length());
        // both versions: the exported text (item.oldText) and what stands there now
        String current = text.substring(Math.max(0, from - 10), Math.min(text.length(), to + 10));
        return new Placement(item, Placement.Status.CONFLICT, from, to, current, reason);
    }

    private static boolean touchesFixed(SectionRendering r, int start, int end) {
        for (SectionRendering.Segment s : r.segments()) {
            if (s.type() == SectionRendering.Type.FIXED && s.start() < end && start < s.end()
                    || s.type() == SectionRendering.Type.FIXED && start == end && s.start() < start && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The section with an applicable change written in. A change inside a printed figure replaces the
     * whole {{指标名}} reference with the printed text as the reviewer left it (the checker then
     * compares it with the figures around it).
     */
    public static Section apply(Placement placement, Report current) {
        return new ReviewPlacer(null, current).apply(placement);
    }

    /** As {@link #apply(Placement, Report)}, on this placer's report. */
    public Section apply(Placement placement) {
        if (!placement.applicable()) {
            throw new IllegalArgumentException("not applicable: " + placement.status());
        }
        ReviewItem item = placement.item();
        SectionRendering r = sections.containsKey(item.sectionId()) && sections.get(item.sectionId()).isPresent()
                ? sections.get(item.sectionId()).get().rendering()
                : SectionRendering.of(current, item.sectionId()).orElseThrow();
        String text = r.text();
        int a = placement.start();
        int b = placement.end();
        String replacement = changed(item);
        for (SectionRendering.Segment s : r.segments()) {
            if (s.type() == SectionRendering.Type.FIGURE && s.start() < Math.max(b, a + 1) && a < s.end()
                    && (a > s.start() || b < s.end() || a == b)) {
                if (a == b && a == s.start()) {
                    continue; // an insertion just before a figure leaves the figure alone
                }
                int na = Math.min(a, s.start());
                int nb = Math.max(b, s.end());
                replacement = text.substring(na, a) + replacement + text.substring(b, nb);
                a = na;
                b = nb;
            }
        }
        int rawA = rawPosition(r, a);
        int rawB = rawPosition(r, b);
        String raw = r.raw();
        String edited = raw.substring(0, rawA) + replacement + raw.substring(rawB);
        String[] fields = edited.split("\n", -1);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            paragraphs.add(Paragraph.of(fields[i]));
        }
        return r.section().withHeading(fields[0]).withParagraphs(paragraphs);
    }

    /**
     * A span of a section's stored text: field 0 is its heading, field i its paragraph i - 1 (as the
     * document view shows them, one area paragraph each); {@code start == end} is a point.
     */
    public record StoredSpan(int field, int start, int end) {
    }

    /**
     * Where an applicable change or a comment lies in its section's stored text, one span per field
     * it covers (a deleted paragraph mark covers two); empty for a conflict, a decided item or one
     * outside the sections. What the document view marks, never written into the text.
     */
    public List<StoredSpan> storedSpans(Placement placement) {
        ReviewItem item = placement.item();
        if (!placement.applicable() && placement.status() != Placement.Status.COMMENT || item.sectionId() == null) {
            return List.of();
        }
        Optional<SectionRendering> found = renderings.computeIfAbsent(item.sectionId(),
                id -> SectionRendering.of(current, id));
        if (found.isEmpty()) {
            return List.of();
        }
        SectionRendering r = found.get();
        int a = rawPosition(r, placement.start());
        int b = Math.max(a, rawEnd(r, placement.end()));
        String raw = r.raw();
        List<StoredSpan> spans = new ArrayList<>();
        int field = 0;
        int fieldStart = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                int from = Math.max(a, fieldStart);
                int to = Math.min(b, i);
                if (from < to || a == b && a >= fieldStart && a <= i) {
                    spans.add(new StoredSpan(field, from - fieldStart, to - fieldStart));
                    if (a == b) {
                        break;
                    }
                }
                field++;
                fieldStart = i + 1;
            }
        }
        if (spans.isEmpty()) {
            // only a paragraph mark deleted (two paragraphs joined): the point where they meet
            int before = (int) raw.substring(0, a).chars().filter(c -> c == '\n').count();
            spans.add(new StoredSpan(before, a - raw.lastIndexOf('\n', a - 1) - 1, a - raw.lastIndexOf('\n', a - 1) - 1));
        }
        return spans;
    }

    private final java.util.Map<Long, Optional<SectionRendering>> renderings = new java.util.HashMap<>();

    /** The stored position of a printed end: a figure or generated text ends where its source ends. */
    private static int rawEnd(SectionRendering r, int position) {
        for (SectionRendering.Segment s : r.segments()) {
            if (s.start() < position && position <= s.end()) {
                return s.type() == SectionRendering.Type.TEXT ? s.rawStart() + position - s.start() : s.rawEnd();
            }
        }
        return rawPosition(r, position);
    }

    private static int rawPosition(SectionRendering r, int position) {
        for (SectionRendering.Segment s : r.segments()) {
            if (s.start() <= position && position < s.end()) {
                return s.type() == SectionRendering.Type.TEXT ? s.rawStart() + position - s.start() : s.rawStart();
            }
        }
        return r.raw().length();
    }
}
