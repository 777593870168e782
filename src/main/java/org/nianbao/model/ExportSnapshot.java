package org.nianbao.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one export wrote: each section's text as it printed, so a file that comes back from the
 * reviewers can be compared with it (issue 12). Old snapshots are kept as the report's history.
 *
 * @param exportId the id written into the .docx (custom document property), unique across databases
 * @param sections in document order
 * @param carried  the reviewers' comments this export carried back to them as Word comments
 * @param fields   the report's fields outside the sections as printed (lines joined by a line feed),
 *                 those the written file holds
 */
public record ExportSnapshot(String exportId, long reportId, Instant exportedAt, List<SectionText> sections,
                             List<CarriedComment> carried, Map<ReportField, String> fields) {

    /** Custom document property holding the report's id. */
    public static final String REPORT_PROPERTY = "NianbaoReportId";
    /** Custom document property holding the export's id. */
    public static final String EXPORT_PROPERTY = "NianbaoExportId";
    /** Hidden bookmarks (a leading "_" hides them in Word) marking where a section starts: _nb_s12. */
    public static final String SECTION_BOOKMARK_PREFIX = "_nb_s";
    /** Hidden bookmark where the sections end (the closing starts). */
    public static final String END_BOOKMARK = "_nb_end";

    /**
     * A section's exported text: its paragraphs, the heading line (with its number) first, joined by
     * a line feed.
     */
    public record SectionText(long sectionId, String text) {
        public SectionText {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A stored comment or reply written into the export as a Word comment, as it was written: when the
     * file comes back again, the comment is recognised as this one (not a new one), so a reviewer's
     * reply attaches to it and a done flag marks it.
     *
     * @param itemId the review item it was written from
     * @param paraId the w14:paraId of its paragraph, which Word keeps (the w:id Word renumbers on saving)
     * @param text   the comment's text as written (the export may add where it was anchored)
     */
    public record CarriedComment(long itemId, String paraId, String author, String date, String text) {
        public CarriedComment {
            Objects.requireNonNull(paraId, "paraId");
            author = author == null ? "" : author;
            date = date == null ? "" : date;
            text = text == null ? "" : text;
        }
    }

    public ExportSnapshot {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        sections = List.copyOf(sections);
        carried = carried == null ? List.of() : List.copyOf(carried);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** An export that carried no comments and recorded no fields. */
    public ExportSnapshot(String exportId, long reportId, Instant exportedAt, List<SectionText> sections) {
        this(exportId, reportId, exportedAt, sections, List.of(), Map.of());
    }

    public Optional<String> fieldText(ReportField field) {
        return Optional.ofNullable(fields.get(field));
    }

    public Optional<String> textOf(long sectionId) {
        return sections.stream().filter(s -> s.sectionId() == sectionId).map(SectionText::text).findFirst();
    }

    public static String sectionBookmark(long sectionId) {
        return SECTION_BOOKMARK_PREFIX + sectionId;
    }
}
