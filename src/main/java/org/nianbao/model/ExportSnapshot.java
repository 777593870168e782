package org.nianbao.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one export wrote: each section's text as it printed, so a file that comes back from the
 * reviewers can be compared with it (issue 12). Old snapshots are kept as the report's history.
 *
 * @param exportId the id written into the .docx (custom document property), unique across databases
 * @param sections in document order
 */
public record ExportSnapshot(String exportId, long reportId, Instant exportedAt, List<SectionText> sections) {

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

    public ExportSnapshot {
        Objects.requireNonNull(exportId, "exportId");
        Objects.requireNonNull(exportedAt, "exportedAt");
        sections = List.copyOf(sections);
    }

    public Optional<String> textOf(long sectionId) {
        return sections.stream().filter(s -> s.sectionId() == sectionId).map(SectionText::text).findFirst();
    }

    public static String sectionBookmark(long sectionId) {
        return SECTION_BOOKMARK_PREFIX + sectionId;
    }
}
