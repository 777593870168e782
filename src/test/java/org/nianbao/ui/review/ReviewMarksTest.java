package org.nianbao.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.review.ReviewFixtures;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.common.Screenshots;
import org.nianbao.ui.document.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12: the reviewers' pending changes in the document view (全文) with Word's marks in each
 * reviewer's colour, kept with the 审阅 pane's list; marks are styles, never text or undo steps.
 */
class ReviewMarksTest extends WindowTest {

    static final Path SCREENSHOT = Path.of("target", "screenshots", "review-marks-document.png");

    @Start
    void start(Stage stage) {
        open(stage, f -> {
            f.seed = ReviewFixtures.report();
            f.tab = "tab-document";
        });
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    /** The area paragraph holding a text, and the text's place in it. */
    private int[] at(String text) {
        DocumentArea area = area();
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            int i = area.getParagraph(p).getText().indexOf(text);
            if (i >= 0) {
                return new int[] {p, i};
            }
        }
        throw new AssertionError("not in the document: " + text);
    }

    private Collection<String> styleAt(String text, int offset) {
        int[] at = at(text);
        AtomicReference<Collection<String>> style = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> style.set(area().getStyleOfChar(at[0], at[1] + offset)));
        FxSettle.settle();
        return style.get();
    }

    private int colourOf(ReviewPane pane, String author) {
        return pane.list().getItems().stream().filter(r -> r.item().author().equals(author)).findFirst().orElseThrow().colour();
    }

    @Test
    void pendingChangesAreMarkedInTheDocumentInTheReviewersColoursAndFollowThePane(FxRobot robot) throws Exception {
        String before = fixture.window.document().area().getText();
        ReviewPane pane = ReviewRound.importReview(fixture, robot, ReviewRound.returnedFile(fixture, folder, robot), 4);
        int li = colourOf(pane, "李审核");
        int wang = colourOf(pane, "王法制");
        assertThat(li).isNotEqualTo(wang);

        // 208→218: the old figure struck through; the insertion's place underlined; a deletion struck; the comment's anchor tinted
        assertThat(styleAt("208件", 0)).contains("review-deleted-" + li);
        assertThat(styleAt("208件", 2)).contains("review-deleted-" + li);
        assertThat(styleAt("208件", 3)).as("only the replaced digits").isEmpty();
        assertThat(styleAt("参训干部", 3)).contains("review-inserted-" + wang);
        assertThat(styleAt("着力加强执法监督。", 4)).contains("review-deleted-" + li);
        assertThat(styleAt("化解行政争议", 0)).contains("review-comment-" + li);

        // the marks are drawn with the style sheet's strike-through, and they are not text
        List<Text> struck = robot.lookup("#" + org.nianbao.ui.document.DocumentView.AREA_ID)
                .lookup((Text t) -> t.getStyleClass().contains("review-deleted-" + li)).queryAllAs(Text.class)
                .stream().toList();
        assertThat(struck).isNotEmpty().allMatch(Text::isStrikethrough);
        assertThat(area().getText()).isEqualTo(before).doesNotContain("218").doesNotContain("累计");
        assertThat(area().getUndoManager().isUndoAvailable()).as("marks are not undo steps").isFalse();

        // the inserted and replacing words are drawn at their place, underlined in the reviewer's colour, not text
        Text inserted = drawn(robot, "累计").orElseThrow();
        assertThat(inserted.isUnderline()).isTrue();
        assertThat(inserted.getFill()).as("王's colour").isNotEqualTo(struck.get(0).getFill())
                .isNotEqualTo(javafx.scene.paint.Color.BLACK);
        assertThat(drawn(robot, "218")).isPresent();
        assertThat(drawn(robot, "218").get().getFill()).as("李's colour").isEqualTo(struck.get(0).getFill());
        // right after 参训干部's last character, which is drawn beside them
        Text host = (Text) inserted.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t && t != inserted).findFirst().orElseThrow();
        assertThat(host.getText()).isEqualTo("部");
        javafx.geometry.Bounds words = screenBounds(inserted);
        assertThat(words.getMinX()).isCloseTo(screenBounds(host).getMaxX(), org.assertj.core.api.Assertions.within(2.0));
        // a click on them puts the caret where they would go (after 参训干部), and the text stays
        robot.clickOn(new javafx.geometry.Point2D(words.getMaxX() - 2, words.getCenterY()));
        FxSettle.settle();
        int[] place = at("参训干部");
        assertThat(area().getCaretPosition()).isEqualTo(area().getAbsolutePosition(place[0], place[1] + 4));
        assertThat(area().getText()).isEqualTo(before);

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), SCREENSHOT);
        assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);

        // choosing a change in the pane brings it into view and selects it in the document
        int replaced = indexOf(pane, "208");
        robot.interact(() -> pane.list().getSelectionModel().select(replaced));
        FxSettle.settle();
        assertThat(area().getSelectedText()).isEqualTo("208");
        int paragraph = at("208件")[0];
        assertThat(area().getVisibleParagraphs()).isNotEmpty();
        assertThat(area().visibleParToAllParIndex(0)).isLessThanOrEqualTo(paragraph);

        // accepted: the text changes, its mark goes; the others stay
        robot.clickOn("#review-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 3);
        FxSettle.settle();
        assertThat(styleAt("218件", 0)).isEmpty();
        assertThat(drawn(robot, "218")).as("accepted: the words are text now, not drawn").isEmpty();
        assertThat(styleAt("参训干部", 3)).contains("review-inserted-" + wang);

        // rejected: the mark goes, the text stays as it was
        int insertion = indexOf(pane, "累计");
        robot.interact(() -> pane.list().getSelectionModel().select(insertion));
        robot.clickOn("#review-reject");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pane.list().getItems().size() == 2);
        FxSettle.settle();
        assertThat(styleAt("参训干部", 3)).isEmpty();
        assertThat(area().getText()).doesNotContain("累计");
        assertThat(drawn(robot, "累计")).as("rejected: the words go").isEmpty();
        assertThat(styleAt("着力加强执法监督。", 4)).contains("review-deleted-" + li);
    }

    /** The words drawn in the document (not text of it) that read {@code words}. */
    private static java.util.Optional<Text> drawn(FxRobot robot, String words) {
        return robot.lookup("#" + org.nianbao.ui.document.DocumentView.AREA_ID).lookup(".drawn-words")
                .lookup((Text t) -> t.getText().equals(words)).tryQueryAs(Text.class);
    }

    private static javafx.geometry.Bounds screenBounds(javafx.scene.Node node) {
        AtomicReference<javafx.geometry.Bounds> out = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> out.set(node.localToScreen(node.getBoundsInLocal())));
        FxSettle.settle();
        return out.get();
    }

    private static int indexOf(ReviewPane pane, String text) {
        List<ReviewRow> rows = pane.list().getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).item().oldText().equals(text) || rows.get(i).item().newText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
