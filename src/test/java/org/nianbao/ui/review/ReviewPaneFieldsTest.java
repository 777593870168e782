package org.nianbao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.review.Placement;
import org.nianbao.review.ReviewFixtures;
import org.nianbao.review.WordReturn;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.common.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 审阅 pane with reviewers' changes to the title and the date: named by their field, accepted and undone in the window. */
class ReviewPaneFieldsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage, f -> f.seed = ReviewFixtures.report());
    }

    @Test
    void aTitleChangeIsListedOnTheTitleAndAcceptingItRetitlesTheReportUntilUndone(FxRobot robot) throws Exception {
        Path returned = WordReturn.of(ReviewRound.exported(fixture, folder, robot)).replace("年度报告", "情况报告", "李审核").replace("20日", "26日", "王法制")
                .write(folder.resolve("返回.docx"));
        ReviewPane pane = ReviewRound.importReview(fixture, robot, returned, 2);

        assertThat(pane.list().getItems()).extracting(ReviewRow::section).containsExactly("（标题）", "（成文日期）");
        assertThat(pane.list().getItems()).extracting(ReviewRow::status)
                .containsOnly(Placement.Status.APPLICABLE);
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), Path.of("target", "screenshots", "review-pane-fields.png"));

        robot.interact(() -> pane.list().getSelectionModel().select(0));
        robot.clickOn("#review-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 1);
        FxSettle.settle();
        assertThat(fixture.session.report().title()).isEqualTo("示例区2023年法治政府建设情况报告");
        assertThat(fixture.reload().title()).isEqualTo("示例区2023年法治政府建设情况报告");

        robot.clickOn("#review-undo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 2);
        FxSettle.settle();
        assertThat(fixture.session.report().title()).isEqualTo(ReviewFixtures.TITLE);
        assertThat(fixture.reload().date()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void commentsOnTheTitleAndTheDateAreListedUnderThemAnsweredAndResolvedThere(FxRobot robot) throws Exception {
        // returned file way (1): Word's markup, made in code (WordReturn)
        WordReturn word = WordReturn.of(ReviewRound.exported(fixture, folder, robot))
                .deleteParagraphMark("参训干部860人次。", "王法制");
        word.comment("年度报告", "标题是否改为“工作报告”？", "李审核", "LSH");
        word.comment("2024年1月20日", "成文日期以签发日为准", "王法制", "WFZ");
        ReviewPane pane = ReviewRound.importReview(fixture, robot, word.write(folder.resolve("返回.docx")), 3);

        assertThat(pane.list().getItems()).extracting(ReviewRow::section)
                .containsExactly("（标题）", "一、（一）加强组织领导", "（成文日期）");
        assertThat(pane.list().getItems()).extracting(ReviewRow::status).containsExactly(
                Placement.Status.COMMENT, Placement.Status.OUTSIDE, Placement.Status.COMMENT);
        assertThat(pane.list().getItems().get(1).reason()).as("the break between two sections: by hand")
                .contains("（二）化解行政争议");

        robot.interact(() -> pane.list().getSelectionModel().select(0));
        fixture.dialogs.answerText("保留“年度报告”");
        robot.clickOn("#review-reply");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 4);
        FxSettle.settle();
        assertThat(pane.list().getItems().get(1)).as("the answer right under the comment, on the title").satisfies(reply -> {
            assertThat(reply.item().isReply()).isTrue();
            assertThat(reply.section()).isEqualTo("（标题）");
        });

        robot.interact(() -> pane.list().getSelectionModel().select(3));
        robot.clickOn("#review-done");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().get(3).item().done());
        FxSettle.settle();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), Path.of("target", "screenshots", "review-pane-field-comments.png"));
        assertThat(fixture.reload().title()).as("comments change nothing").isEqualTo(ReviewFixtures.TITLE);
    }
}
