package org.nianbao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.ReviewKind;
import org.nianbao.review.Placement;
import org.nianbao.review.ReviewPlacer.StoredSpan;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.document.TextMark;

/** Which of a change's marks draw its new words in the document view, and where (issue 12). */
class ReviewMarksDrawnTest {

    private final Messages m = Messages.load();

    private static ReviewRow row(ReviewKind kind, String oldText, String newText, StoredSpan... spans) {
        ReviewItem item = new ReviewItem(1L, 0, kind, 7L, 0, 0, oldText, newText, "王法制", "", "", true, null, false, null);
        return new ReviewRow(1, item, Placement.Status.APPLICABLE, "", "", "一、", 2, false, List.of(spans));
    }

    private List<TextMark> marks(ReviewRow row) {
        return ReviewMarks.marksOf(row, m).stream().map(s -> s.mark()).toList();
    }

    @Test
    void anInsertionDrawsItsWordsAfterTheCharacterBeforeItsPlaceOrBeforeAParagraphsFirst() {
        TextMark inside = marks(row(ReviewKind.INSERTION, "", "累计", new StoredSpan(1, 4, 4))).get(0);
        assertThat(inside.start()).isEqualTo(3);
        assertThat(inside.inserted()).isEqualTo(new TextMark.Inserted("累计", "review-inserted-2", false));

        TextMark atStart = marks(row(ReviewKind.INSERTION, "", "首先", new StoredSpan(1, 0, 0))).get(0);
        assertThat(atStart.start()).isZero();
        assertThat(atStart.inserted()).isEqualTo(new TextMark.Inserted("首先", "review-inserted-2", true));
    }

    @Test
    void aReplacementDrawsItsNewWordsAfterTheLastOfItsStruckOnesAndADeletionOrCommentDrawsNone() {
        List<TextMark> replaced = marks(row(ReviewKind.REPLACEMENT, "208件\n全年", "218",
                new StoredSpan(1, 10, 14), new StoredSpan(2, 0, 2)));
        assertThat(replaced).extracting(TextMark::styleClass).containsOnly("review-deleted-2");
        assertThat(replaced.get(0).inserted()).isNull();
        assertThat(replaced.get(1).inserted()).isEqualTo(new TextMark.Inserted("218", "review-inserted-2", false));

        assertThat(marks(row(ReviewKind.DELETION, "着力", "", new StoredSpan(1, 2, 4))).get(0).inserted()).isNull();
        assertThat(marks(row(ReviewKind.COMMENT, "化解", "请核实", new StoredSpan(1, 2, 4))).get(0).inserted()).isNull();
    }
}
