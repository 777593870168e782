package org.nianbao.model;

import java.util.Objects;

/**
 * A change or a comment from a returned file (修订 / 批注), placed on a section's exported text.
 *
 * @param position       document order within the file
 * @param sectionId      the section it falls in; null for text outside the sections (title, closing)
 * @param start          offset in the section's snapshot text (see {@link ExportSnapshot.SectionText})
 * @param end            end offset there; equal to start for an insertion
 * @param oldText        the text it replaces or deletes (for a comment: the text it is anchored on)
 * @param newText        the inserted text (for a comment: what the reviewer wrote)
 * @param author         the reviewer's name; {@link #UNTRACKED} for edits made with tracking off
 * @param date           as the file states it (ISO), or ""
 * @param tracked        false for a difference found by comparing with the snapshot
 * @param parentPosition a reply's comment, or a move's origin (MOVED_HERE → MOVED_AWAY); null otherwise
 * @param field          outside the sections: the report field it is placed on (title, issuers, date),
 *                       start and end then in the field's exported text; null otherwise
 * @param crossesInto    a tracked change that runs on past its place's end, across the paragraph break
 *                       into the next place (another section, another field): that place's name as the
 *                       file showed it; such a change is kept whole, for the officer by hand, never
 *                       applied in part. Null for a change within one place
 */
public record ReviewItem(Long id, int position, ReviewKind kind, Long sectionId, int start, int end,
                         String oldText, String newText, String author, String initials, String date,
                         boolean tracked, Integer parentPosition, boolean done, ReviewStatus status,
                         ReportField field, String crossesInto) {

    /** Who made the edits found without track changes. */
    public static final String UNTRACKED = "未修订的修改";

    public ReviewItem {
        Objects.requireNonNull(kind, "kind");
        oldText = oldText == null ? "" : oldText;
        newText = newText == null ? "" : newText;
        author = author == null ? "" : author;
        initials = initials == null ? "" : initials;
        date = date == null ? "" : date;
        status = status == null ? ReviewStatus.PENDING : status;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** An item within one place: a section, a field, or outside both. */
    public ReviewItem(Long id, int position, ReviewKind kind, Long sectionId, int start, int end,
                      String oldText, String newText, String author, String initials, String date,
                      boolean tracked, Integer parentPosition, boolean done, ReviewStatus status, ReportField field) {
        this(id, position, kind, sectionId, start, end, oldText, newText, author, initials, date, tracked,
                parentPosition, done, status, field, null);
    }

    /** An item on a section (or outside the sections and the report's fields). */
    public ReviewItem(Long id, int position, ReviewKind kind, Long sectionId, int start, int end,
                      String oldText, String newText, String author, String initials, String date,
                      boolean tracked, Integer parentPosition, boolean done, ReviewStatus status) {
        this(id, position, kind, sectionId, start, end, oldText, newText, author, initials, date, tracked,
                parentPosition, done, status, null);
    }

    /** The item placed on a report field, at a range of the field's exported text. */
    public ReviewItem onField(ReportField newField, int newStart, int newEnd, String newOldText, String newNewText) {
        return new ReviewItem(id, position, kind, null, newStart, newEnd, newOldText, newNewText, author, initials,
                date, tracked, parentPosition, done, status, newField, crossesInto);
    }

    /**
     * This change made to reach into the next place: its texts the whole change's, across the
     * paragraph break; see {@link #crossesInto}.
     */
    public ReviewItem crossing(String newOldText, String newNewText, String into) {
        ReviewKind wholeKind = newOldText.isEmpty() ? ReviewKind.INSERTION
                : newNewText.isEmpty() ? ReviewKind.DELETION : ReviewKind.REPLACEMENT;
        return new ReviewItem(id, position, wholeKind, sectionId, start, end, newOldText, newNewText, author, initials,
                date, tracked, parentPosition, done, status, field, into);
    }

    /** The item over another range of its place's exported text. */
    public ReviewItem withRange(int newStart, int newEnd, String newOldText) {
        return new ReviewItem(id, position, kind, sectionId, newStart, newEnd, newOldText, newText, author, initials,
                date, tracked, parentPosition, done, status, field, crossesInto);
    }

    public ReviewItem withId(Long newId) {
        return new ReviewItem(newId, position, kind, sectionId, start, end, oldText, newText, author, initials,
                date, tracked, parentPosition, done, status, field, crossesInto);
    }

    public ReviewItem withPosition(int newPosition) {
        return new ReviewItem(id, newPosition, kind, sectionId, start, end, oldText, newText, author, initials,
                date, tracked, parentPosition, done, status, field, crossesInto);
    }

    public ReviewItem withParentPosition(Integer newParent) {
        return new ReviewItem(id, position, kind, sectionId, start, end, oldText, newText, author, initials,
                date, tracked, newParent, done, status, field, crossesInto);
    }

    public ReviewItem withStatus(ReviewStatus newStatus) {
        return new ReviewItem(id, position, kind, sectionId, start, end, oldText, newText, author, initials,
                date, tracked, parentPosition, done, newStatus, field, crossesInto);
    }

    public ReviewItem withDone(boolean newDone) {
        return new ReviewItem(id, position, kind, sectionId, start, end, oldText, newText, author, initials,
                date, tracked, parentPosition, newDone, status, field, crossesInto);
    }

    public boolean isReply() {
        return kind == ReviewKind.COMMENT && parentPosition != null;
    }
}
