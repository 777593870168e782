package org.nianbao.model;

import java.util.List;

/**
 * What a returned file adds to a comment the report already has (one the export carried back to the
 * reviewers): their replies, and whether they marked it done. The comment is not listed again.
 *
 * @param commentId the stored comment (a top-level {@link ReviewItem})
 * @param done      the reviewers marked it resolved in this file
 * @param replies   their replies as the file holds them (author, initials, date, text); placed on the
 *                  comment's anchor when stored
 */
public record CommentFollowUp(long commentId, boolean done, List<ReviewItem> replies) {

    public CommentFollowUp {
        replies = List.copyOf(replies);
    }
}
