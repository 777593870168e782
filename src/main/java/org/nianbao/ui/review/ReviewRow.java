package org.nianbao.ui.review;

import org.nianbao.model.ReviewItem;
import java.util.List;
import org.nianbao.review.Placement;
import org.nianbao.review.ReviewPlacer;

/**
 * One line of the 审阅 pane: a change or comment with where it stands now.
 *
 * @param current for a conflict: the current text where the change was made (the exported one is the item's)
 * @param section the section's number and heading, or "" outside the sections
 * @param colour  the reviewer's colour, by order of first appearance
 * @param spans   where it lies in the section's stored text now (marked in the document view); empty
 *                for a conflict or outside the sections
 */
public record ReviewRow(long importId, ReviewItem item, Placement.Status status, String reason, String current,
                        String section, int colour, boolean breaksFigure, List<ReviewPlacer.StoredSpan> spans) {

    public ReviewRow {
        spans = List.copyOf(spans);
    }

    public boolean isComment() {
        return item.kind().isComment();
    }

    public boolean conflict() {
        return status == Placement.Status.CONFLICT;
    }
}
