package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 12: words a reviewer inserted are drawn at their place in the document view and are not text:
 * at a paragraph's start after the indent and before its first character, a long one by its start; the caret steps over them, and the text, the undo history and the store stay.
 */
class DrawnWordsTest extends WindowTest {

    private static final String LONG = "并在全区范围内组织开展行政执法案卷评查和专项监督检查活动，对发现的问题逐项建立台账限期整改到位";

    @Start
    void start(Stage stage) {
        openDocument(stage);
        stage.setWidth(900); // a column narrower than the long insertion
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private static Bounds screen(FxRobot robot, Node node) {
        AtomicReference<Bounds> out = new AtomicReference<>();
        robot.interact(() -> out.set(node.localToScreen(node.getBoundsInLocal())));
        return out.get();
    }

    private static Optional<Text> drawn(FxRobot robot, String words) {
        return robot.lookup("#" + DocumentView.AREA_ID).lookup("." + InlineDrawing.WORDS_CLASS)
                .lookup((Text t) -> t.getText().equals(words)).tryQueryAs(Text.class);
    }

    @Test
    void insertedWordsAreDrawnAtTheirPlaceAndAreNotText(FxRobot robot) throws Exception {
        AtomicReference<int[]> where = new AtomicReference<>(); // paragraph, its field in its section
        robot.interact(() -> {
            for (int p = 1; p < area().getParagraphs().size(); p++) {
                if (area().block(p).kind() == Block.Kind.BODY && area().getParagraph(p).length() > 8
                        && area().block(p - 1).kind() == Block.Kind.HEADING) {
                    where.set(new int[] {p, 1});
                    return;
                }
            }
        });
        int p = where.get()[0];
        long section = area().block(p).section();
        String text = area().getParagraph(p).getText();
        String all = area().getText();
        robot.interact(() -> {
            fixture.window.document().showReviewMarks(List.of(
                    new SectionMark(section, 1, new TextMark(0, 1, "review-inserted-0", "",
                            new TextMark.Inserted("首先", "review-inserted-0", true))),
                    new SectionMark(section, 1, new TextMark(5, 6, "review-inserted-1", "",
                            new TextMark.Inserted(LONG, "review-inserted-1", false)))));
            area().showParagraphAtTop(p);
        });
        FxSettle.settle();

        // at the start: after the indent, before the paragraph's first character
        Text first = drawn(robot, "首先").orElseThrow();
        Node flow = first.getParent().getParent();
        Text host = (Text) first.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t && t != first).findFirst().orElseThrow();
        assertThat(host.getText()).isEqualTo(text.substring(0, 1));
        double em = host.getFont().getSize();
        assertThat(screen(robot, first).getMinX() - screen(robot, flow).getMinX()).isCloseTo(2 * em, within(2.0));
        assertThat(screen(robot, host).getMinX()).isCloseTo(screen(robot, first).getMaxX(), within(2.0));

        // a long insertion shows its start, within the paragraph's line (a box does not break)
        Text longWords = drawn(robot, LONG.substring(0, InlineDrawing.LONGEST_DRAWN - 1) + "…").orElseThrow();
        assertThat(screen(robot, longWords).getMaxX()).isLessThanOrEqualTo(screen(robot, area()).getMaxX());
        assertThat(screen(robot, longWords).getHeight()).as("one line").isLessThan(2 * em);

        AtomicReference<javafx.scene.image.WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        org.nianbao.ui.common.Screenshots.writePng(shot.get(), java.nio.file.Path.of("target", "screenshots", "drawn-words.png"));

        // the caret steps over the words: one key, one character of the text
        new DocumentKeys(robot, fixture).caretAt(p, 0);
        robot.type(KeyCode.RIGHT);
        FxSettle.settle();
        assertThat(area().getCaretColumn()).isEqualTo(1);
        assertThat(area().getText()).isEqualTo(all).doesNotContain("首先");
        assertThat(area().getUndoManager().isUndoAvailable()).isFalse();
        assertThat(fixture.reload().sections().stream().flatMap(s -> s.paragraphs().stream())
                .anyMatch(par -> par.text().contains("首先"))).as("not stored").isFalse();
    }

    @Test
    void aTintOnAParagraphsFirstCharacterIsDrawnByItsBoxToo(FxRobot robot) {
        AtomicReference<int[]> where = new AtomicReference<>();
        robot.interact(() -> {
            for (int p = 1; p < area().getParagraphs().size(); p++) {
                if (area().block(p).kind() == Block.Kind.BODY && area().block(p - 1).kind() == Block.Kind.HEADING) {
                    where.set(new int[] {p});
                    return;
                }
            }
        });
        int p = where.get()[0];
        long section = area().block(p).section();
        robot.interact(() -> {
            fixture.window.document().showReviewMarks(List.of(
                    new SectionMark(section, 1, new TextMark(0, 3, "review-comment-0", "请核实"))));
            area().showParagraphAtTop(p);
        });
        FxSettle.settle();
        InlineDrawing.CharBox box = robot.lookup("#" + DocumentView.AREA_ID).lookup("." + InlineDrawing.BOX_CLASS)
                .lookup((InlineDrawing.CharBox b) -> b.host.getStyleClass().contains("review-comment-0"))
                .queryAs(InlineDrawing.CharBox.class);
        javafx.scene.shape.Rectangle shade = (javafx.scene.shape.Rectangle) box.getChildrenUnmodifiable().get(0);
        assertThat(shade.isVisible()).isTrue();
        assertThat(shade.getFill()).isEqualTo(box.host.getBackgroundColor()).isNotNull();
        assertThat(screen(robot, shade).getMinX()).as("under the character, not the indent")
                .isCloseTo(screen(robot, box.host).getMinX(), within(1.0));
    }
}
