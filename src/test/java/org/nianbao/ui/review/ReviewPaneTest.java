package org.nianbao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.ReviewItem;
import org.nianbao.model.Section;
import org.nianbao.review.Placement;
import org.nianbao.review.ReviewFixtures;
import org.nianbao.review.WordReturn;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.common.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The 审阅 pane (issue 12): File → 导入审阅意见, the list, accept / reject / undo, replies, done. */
class ReviewPaneTest extends WindowTest {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "review-pane.png");

    @Start
    void start(Stage stage) {
        open(stage, f -> f.seed = ReviewFixtures.report());
    }

    private Path returnedFile(FxRobot robot) throws Exception {
        return ReviewRound.returnedFile(fixture, folder, robot);
    }

    private ReviewPane importReview(FxRobot robot, Path file, int rows) throws Exception {
        return ReviewRound.importReview(fixture, robot, file, rows);
    }

    private void select(FxRobot robot, ReviewPane pane, int index) {
        robot.interact(() -> pane.list().getSelectionModel().select(index));
    }

    private void click(FxRobot robot, String id, ReviewPane pane, java.util.function.BooleanSupplier until)
            throws Exception {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, until::getAsBoolean);
        FxSettle.settle();
    }

    private String paragraph(int outlineIndex, int paragraph) {
        Section s = fixture.session.report().outline().get(outlineIndex).section();
        return s.paragraphs().get(paragraph).text();
    }

    @Test
    void changesAreListedBySectionInDocumentOrderWithReviewerColoursAndMarks(FxRobot robot) throws Exception {
        Path returned = returnedFile(robot);
        double documentWidth = fixture.window.document().area().getWidth();
        ReviewPane pane = importReview(robot, returned, 4);
        // under the checks in the right column: the document keeps its width (a fourth column took a third of it)
        assertThat(pane.getParent().getParent()).isInstanceOf(javafx.scene.control.SplitPane.class);
        assertThat(fixture.window.checksPane().getScene()).isNotNull();
        assertThat(fixture.window.checksPane().localToScene(0, 0).getX()).isCloseTo(pane.localToScene(0, 0).getX(),
                org.assertj.core.data.Offset.offset(2.0));
        assertThat(fixture.window.document().area().getWidth()).isCloseTo(documentWidth, org.assertj.core.data.Offset.offset(2.0));
        List<ReviewRow> rows = pane.list().getItems();
        assertThat(rows).extracting(r -> r.item().author()).containsExactly("王法制", "李审核", "李审核", "李审核");
        assertThat(rows).extracting(ReviewRow::section).containsExactly(
                "一、（一）加强组织领导", "一、（二）化解行政争议", "一、（二）化解行政争议", "三、下一年度工作安排");
        assertThat(rows.get(1).isComment()).as("the comment on the heading comes before the change below it").isTrue();
        assertThat(rows.get(0).colour()).isNotEqualTo(rows.get(1).colour());
        assertThat(rows.get(2).breaksFigure()).as("218 breaks 审结率88.9%").isTrue();

        List<Text> marks = robot.lookup("#review-list").lookup((Text t) -> t.isStrikethrough() || t.isUnderline())
                .queryAllAs(Text.class).stream().toList();
        assertThat(marks).anyMatch(t -> t.isStrikethrough() && t.getText().equals("208"))
                .anyMatch(t -> t.isUnderline() && t.getText().equals("218"));
        Text inserted = marks.stream().filter(t -> t.getText().equals("218")).findFirst().orElseThrow();
        Text other = marks.stream().filter(t -> t.getText().equals("累计")).findFirst().orElseThrow();
        assertThat(inserted.getFill()).as("each reviewer's own colour").isNotEqualTo(other.getFill());

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), SCREENSHOT);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
    }

    @Test
    void acceptRejectAndUndoAreEachOneStepAndReachTheReportOnlyWhenAccepted(FxRobot robot) throws Exception {
        ReviewPane pane = importReview(robot, returnedFile(robot), 4);
        assertThat(paragraph(2, 0)).contains("208件");

        select(robot, pane, 2);
        click(robot, "review-accept", pane, () -> pane.list().getItems().size() == 3);
        assertThat(paragraph(2, 0)).isEqualTo("全年受理行政复议案件218件，审结185件，审结率88.9%。");
        assertThat(fixture.reload().outline().get(2).section().paragraphs().get(0).text()).contains("218件");

        click(robot, "review-undo", pane, () -> pane.list().getItems().size() == 4);
        assertThat(paragraph(2, 0)).contains("208件");
        assertThat(fixture.reload().outline().get(2).section().paragraphs().get(0).text()).contains("208件");

        select(robot, pane, 0);
        click(robot, "review-reject", pane, () -> pane.list().getItems().size() == 3);
        assertThat(paragraph(1, 1)).as("a rejected change never reaches the text").doesNotContain("累计");

        select(robot, pane, 1);
        click(robot, "review-accept-author", pane, () -> pane.list().getItems().size() == 1);
        assertThat(paragraph(2, 0)).contains("218件");
        assertThat(paragraph(4, 0)).isEqualTo("继续深入推进依法行政。");
        assertThat(pane.list().getItems()).singleElement().satisfies(r -> assertThat(r.isComment()).isTrue());
    }

    @Test
    void aCommentIsAnsweredAndMarkedDoneAndPendingChangesOutliveThePane(FxRobot robot) throws Exception {
        ReviewPane pane = importReview(robot, returnedFile(robot), 4);
        ReviewRow comment = pane.list().getItems().get(1);
        assertThat(comment.isComment()).isTrue();
        select(robot, pane, 1);
        fixture.dialogs.answerText(" 已按意见修改 "); // the reply is asked through the dialog service
        click(robot, "review-reply", pane, () -> pane.list().getItems().size() == 5);
        ReviewRow reply = pane.list().getItems().get(2);
        assertThat(reply.item().isReply()).isTrue();
        assertThat(reply.item().newText()).isEqualTo("已按意见修改");
        assertThat(reply.item().parentPosition()).isEqualTo(comment.item().position());

        select(robot, pane, 1);
        click(robot, "review-done", pane, () -> pane.list().getItems().get(1).item().done());

        robot.clickOn("#review-close");
        FxSettle.settle();
        assertThat(fixture.window.isReviewShown()).isFalse();
        assertThat(pane.getScene()).isNull();
        assertThat(fixture.window.checksPane().getScene()).as("the checks back in their place").isNotNull();
        robot.interact(() -> {
            fixture.window.reviewPane(); // opened again: the same pending items, read from the database
        });
        ReviewPane again = fixture.window.reviewPane();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> again.list().getItems().size() == 5);
        assertThat(again.list().getItems()).filteredOn(r -> !r.isComment())
                .extracting(r -> r.status()).containsOnly(Placement.Status.APPLICABLE);
        assertThat(again.list().getItems().get(1).item().done()).isTrue();
        assertThat(again.list().getItems()).extracting(r -> r.item().kind().isComment())
                .containsExactly(false, true, true, false, false);
        List<ReviewItem> stored = fixture.session.store().reviews().imports(fixture.session.report().id()).get(0).items();
        assertThat(stored).hasSize(5);
    }

    @Test
    void aFileWithoutPropertiesIsReadAfterTheOfficerConfirmsAndAConflictShowsBothVersions(FxRobot robot) throws Exception {
        Path pasted = WordReturn.of(ReviewRound.exported(fixture, folder, robot)).withoutPropertiesAndBookmarks()
                .replace("208", "218", "李审核").replace("持续加强", "不断加强", "李审核")
                .write(folder.resolve("粘贴稿.docx"));
        long section = fixture.session.report().outline().get(2).section().id();
        robot.interact(() -> fixture.session.editSection(section, s -> s.withParagraphs(java.util.List.of(
                org.nianbao.model.Paragraph.of("全年受理行政复议案件210件，审结185件，审结率88.1%。"),
                s.paragraphs().get(1), s.paragraphs().get(2)))));

        java.util.List<org.nianbao.review.ReportMatch> asked = new java.util.ArrayList<>();
        AtomicReference<ReviewPane> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(fixture.window.reviewPane()));
        ReviewPane pane = opened.get();
        pane.setConfirmation(match -> asked.add(match));
        fixture.dialogs.answer(pasted);
        robot.clickOn("文件").clickOn("导入审阅意见…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 2);
        FxSettle.settle();
        assertThat(asked).singleElement().satisfies(m -> assertThat(m.titleFound()).isTrue());

        ReviewRow conflict = pane.list().getItems().get(0);
        assertThat(conflict.conflict()).isTrue();
        assertThat(robot.lookup("#review-current").queryAs(Text.class).getText()).contains("210");

        click(robot, "review-accept-all", pane, () -> pane.list().getItems().size() == 1);
        assertThat(paragraph(2, 1)).isEqualTo("行政应诉工作不断加强。");
        assertThat(paragraph(2, 0)).as("the conflict is not applied").contains("210件");
    }
}
