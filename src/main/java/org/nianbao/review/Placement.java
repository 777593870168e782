package org.nianbao.review;

import org.nianbao.model.ReviewItem;

/**
 * Where a change or comment stands on the section's current text.
 *
 * @param start   offset in the section's current printed text (valid when {@link Status#APPLICABLE}
 *                or {@link Status#COMMENT})
 * @param current for a conflict: the section's current printed text where the change was made
 * @param reason  for a conflict or an item outside the sections: why, for the officer
 */
public record Placement(ReviewItem item, Status status, int start, int end, String current, String reason) {

    public enum Status {
        /** Applies cleanly to the current text. */
        APPLICABLE,
        /** The officer changed the same text since the export, or the change touches what the export generates. */
        CONFLICT,
        /** In the title or the closing, or in a section no longer in the report: to be done by hand. */
        OUTSIDE,
        /** A comment: shown, answered, marked done; nothing to apply. */
        COMMENT,
        /** Already accepted or rejected. */
        DECIDED
    }

    public boolean applicable() {
        return status == Status.APPLICABLE;
    }
}
