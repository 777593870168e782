package org.nianbao.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.ReviewPlacer;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.DocumentView;
import org.nianbao.ui.document.SectionMark;
import org.nianbao.ui.document.TextMark;

/**
 * The 审阅 pane's pending changes shown in the document view with Word's marks in the reviewer's
 * colour: deleted (and replaced) text struck through, inserted (and replacing) words drawn at their
 * place underlined without being text (they are not typed, stored, found or copied), a comment's
 * anchor tinted. Marks follow the list: accepting or rejecting
 * a change takes its mark away; choosing a row brings its place into view.
 */
public final class ReviewMarks {

    private ReviewMarks() {
    }

    /** Keeps the document view's marks with the pane's list and scrolls to the row chosen there. */
    public static void link(ReviewPane pane, DocumentView document, Messages m) {
        pane.list().getItems().addListener((ListChangeListener<ReviewRow>) change ->
                document.showReviewMarks(of(pane.list().getItems(), m)));
        pane.list().getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                marksOf(row, m).stream().findFirst().ifPresent(document::reveal);
            }
        });
        document.showReviewMarks(of(pane.list().getItems(), m));
    }

    static List<SectionMark> of(List<ReviewRow> rows, Messages m) {
        List<SectionMark> out = new ArrayList<>();
        for (ReviewRow row : rows) {
            out.addAll(marksOf(row, m));
        }
        return out;
    }

    /** The marks of one row: one per paragraph its span covers. */
    static List<SectionMark> marksOf(ReviewRow row, Messages m) {
        ReviewItem item = row.item();
        if (item.sectionId() == null || item.isReply()) {
            return List.of();
        }
        int colour = row.colour() % ReviewPane.COLOURS.size();
        String hint = hint(item, m);
        List<SectionMark> out = new ArrayList<>();
        List<ReviewPlacer.StoredSpan> spans = row.spans();
        for (int i = 0; i < spans.size(); i++) {
            ReviewPlacer.StoredSpan span = spans.get(i);
            int start = span.start();
            int end = span.end();
            String style;
            switch (item.kind()) {
                case COMMENT -> style = "review-comment-" + colour;
                case INSERTION, MOVED_HERE -> style = "review-inserted-" + colour;
                default -> style = end > start ? "review-deleted-" + colour : "review-inserted-" + colour;
            }
            if (end == start) {
                // a point: the character before it carries the mark (the first one at a paragraph's start)
                start = Math.max(0, start - 1);
                end = start + 1;
            }
            // The new words are drawn where they would go: after the deleted words, at the insertion's point.
            TextMark.Inserted drawn = i == spans.size() - 1 && !item.newText().isEmpty() && item.kind() != ReviewKind.COMMENT
                    ? new TextMark.Inserted(item.newText(), "review-inserted-" + colour, span.end() == 0)
                    : null;
            out.add(new SectionMark(item.sectionId(), span.field(), new TextMark(start, end, style, hint, drawn)));
        }
        return out;
    }

    private static String hint(ReviewItem item, Messages m) {
        String who = item.author();
        return switch (item.kind()) {
            case COMMENT -> m.format("review.mark.comment", who, item.newText());
            case INSERTION, MOVED_HERE -> m.format("review.mark.inserted", who, item.newText());
            case DELETION, MOVED_AWAY -> m.format("review.mark.deleted", who, item.oldText());
            case REPLACEMENT -> m.format("review.mark.replaced", who, item.oldText(), item.newText());
        };
    }
}
