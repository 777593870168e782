package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 10: body text has its first-line indent (two characters, GB/T 9704), drawn, never typed: the
 * caret, clicks, typing, find and copy see the paragraph's own text; wrapped lines start at the margin.
 */
class DocumentIndentTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openDocument(stage);
        stage.setWidth(900); // narrow enough that the long body paragraphs wrap
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private <T> T onFx(FxRobot robot, Supplier<T> what) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(what.get()));
        return out.get();
    }

    private Bounds charAt(FxRobot robot, int paragraph, int column) {
        return onFx(robot, () -> area().getCharacterBoundsOnScreen(area().getAbsolutePosition(paragraph, column),
                area().getAbsolutePosition(paragraph, column + 1)).orElseThrow());
    }

    /** A body paragraph made long enough to wrap onto more lines, shown. */
    private int wrappedBody(FxRobot robot) {
        int p = onFx(robot, () -> {
            for (int i = 0; i < area().getParagraphs().size(); i++) {
                if (area().block(i).kind() == Block.Kind.BODY && area().getParagraph(i).length() > 0) {
                    String text = area().getParagraph(i).getText();
                    area().insertText(i, text.length(), text + text + text);
                    area().getUndoManager().forgetHistory(); // the tests' own edits are undone alone
                    area().showParagraphAtTop(i);
                    return i;
                }
            }
            throw new AssertionError("no body paragraph");
        });
        FxSettle.settle();
        assertThat(onFx(robot, () -> area().getParagraphLinesCount(p))).isGreaterThan(1);
        return p;
    }

    /** The first character of the paragraph's second line. */
    private Bounds secondLineStart(FxRobot robot, int p) {
        double firstLine = charAt(robot, p, 1).getMinY();
        for (int c = 2; ; c++) {
            Bounds b = charAt(robot, p, c);
            if (b.getMinY() > firstLine + 2) {
                return b;
            }
        }
    }

    private double em(FxRobot robot) {
        return robot.lookup("#" + DocumentView.AREA_ID).lookup((Text t) -> !t.getText().isEmpty())
                .queryAs(Text.class).getFont().getSize();
    }

    @Test
    void aBodyParagraphsFirstLineStartsTwoCharactersInAndItsWrappedLinesAtTheMargin(FxRobot robot) {
        int p = wrappedBody(robot);
        double em = em(robot);
        Bounds second = charAt(robot, p, 1);
        Bounds lineTwo = secondLineStart(robot, p);
        // the second character of the first line: two characters of indent and the first character in
        assertThat(second.getMinX() - lineTwo.getMinX()).isCloseTo(3 * em, within(em / 2));

        // a heading keeps its place (beside its number): its first character is a character wide
        int heading = onFx(robot, () -> {
            for (int i = 0; ; i++) {
                if (area().block(i).kind() == Block.Kind.HEADING) {
                    return i;
                }
            }
        });
        robot.interact(() -> area().showParagraphAtTop(heading));
        FxSettle.settle();
        assertThat(charAt(robot, heading, 0).getWidth()).isLessThan(1.5 * em);
        assertThat(area().getText()).as("the indent is drawn, not text").doesNotContain("\u3000\u3000");
    }

    @Test
    void theCaretAtAParagraphsStartIsDrawnWhereItsTextStartsAndClicksThereLandAtTheStart(FxRobot robot) {
        int p = wrappedBody(robot);
        double em = em(robot);
        int start = onFx(robot, () -> area().getAbsolutePosition(p, 0));
        new DocumentKeys(robot, fixture).caretAt(p, 0);
        Bounds first = charAt(robot, p, 1); // the second character: the first one's right edge is its left
        Bounds lineTwo = secondLineStart(robot, p);
        double y = first.getCenterY();

        Bounds caret = onFx(robot, () -> area().getCaretBounds().orElseThrow());
        assertThat(caret.getCenterX()).as("before the first character, after the indent")
                .isCloseTo(first.getMinX() - em, within(em / 3))
                .isCloseTo(lineTwo.getMinX() + 2 * em, within(em / 3));

        // a click on the indent (past the middle of indent and character), and on the first
        // character's left half: the paragraph's start
        robot.clickOn(new Point2D(lineTwo.getMinX() + 1.7 * em, y));
        FxSettle.settle();
        assertThat(area().getCaretPosition()).isEqualTo(start);
        robot.sleep(800); // not a double click (that selects a word)
        robot.clickOn(new Point2D(first.getMinX() - em * 0.8, y));
        FxSettle.settle();
        assertThat(area().getCaretPosition()).isEqualTo(start);
        // on its right half: after it
        robot.sleep(800);
        robot.clickOn(new Point2D(first.getMinX() - em * 0.2, y));
        FxSettle.settle();
        assertThat(area().getCaretPosition()).isEqualTo(start + 1);

        // typed at the start: the new first character is indented, the old one follows it
        String before = area().getParagraph(p).getText();
        new DocumentKeys(robot, fixture).caretAt(p, 0);
        robot.write("新");
        FxSettle.settle();
        assertThat(area().getParagraph(p).getText()).isEqualTo("新" + before);
        assertThat(charAt(robot, p, 1).getMinX()).isCloseTo(first.getMinX(), within(1.0));
        assertThat(area().getCaretPosition()).isEqualTo(start + 1);

        // copied: the paragraph's text alone
        robot.interact(() -> {
            area().selectRange(p, 0, p, area().getParagraph(p).length());
            area().copy();
        });
        assertThat(onFx(robot, () -> Clipboard.getSystemClipboard().getString())).isEqualTo("新" + before);
    }

    @Test
    void aSelectionFromTheStartIsDrawnFromTheTextAndAnEmptyParagraphsCaretIsIndentedToo(FxRobot robot) {
        int p = wrappedBody(robot);
        double em = em(robot);
        new DocumentKeys(robot, fixture).caretAt(p, 0);
        Bounds lineTwo = secondLineStart(robot, p);
        robot.interact(() -> area().selectRange(p, 0, p, 3));
        FxSettle.settle();
        assertThat(onFx(robot, () -> area().getSelectionBounds().orElseThrow()).getMinX())
                .isCloseTo(lineTwo.getMinX() + 2 * em, within(em / 3));

        // Enter at the paragraph's end: a new, empty body paragraph, its caret where its text will start
        new DocumentKeys(robot, fixture).caretAt(p, area().getParagraph(p).length());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        FxSettle.settle();
        assertThat(area().getParagraph(p + 1).length()).isZero();
        assertThat(area().block(p + 1).kind()).isEqualTo(Block.Kind.BODY);
        assertThat(onFx(robot, () -> area().getCaretBounds().orElseThrow()).getCenterX())
                .isCloseTo(lineTwo.getMinX() + 2 * em, within(em / 3));
    }

    @Test
    void anInputMethodCommitAtTheStartIsTheTextAloneAndOneUndoTakesItBack(FxRobot robot) {
        int p = wrappedBody(robot);
        String before = area().getParagraph(p).getText();
        new DocumentKeys(robot, fixture).caretAt(p, 0);
        Bounds second = charAt(robot, p, 1);
        robot.interact(() -> {
            javafx.event.Event.fireEvent(area(), new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    java.util.List.of(new javafx.scene.input.InputMethodTextRun("yi",
                            javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)), "", 2));
            javafx.event.Event.fireEvent(area(), new javafx.scene.input.InputMethodEvent(
                    javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, java.util.List.of(), "依法", 0));
        });
        FxSettle.settle();
        assertThat(area().getParagraph(p).getText()).isEqualTo("依法" + before);
        // the indent stays before the new first character: the old first one moved on by two
        assertThat(charAt(robot, p, 3).getMinX()).isCloseTo(second.getMinX() + 2 * em(robot), within(2.0));
        int start = onFx(robot, () -> area().getAbsolutePosition(p, 0));
        assertThat(TextSearch.next(area().getText(), "依法" + before.substring(0, 4), 0)).hasValue(start);

        new DocumentKeys(robot, fixture).undo();
        assertThat(area().getParagraph(p).getText()).isEqualTo(before);
    }

    @Test
    void aParagraphStartingWithACharacterBeyondTheBasicPlaneKeepsItWholeWithoutItsIndent(FxRobot robot) {
        int p = wrappedBody(robot);
        String before = area().getParagraph(p).getText();
        robot.interact(() -> area().insertText(p, 0, "𠮷"));
        FxSettle.settle();
        assertThat(area().getParagraph(p).getText()).isEqualTo("𠮷" + before);
        // two chars of the text, one character: drawn whole, in a text of the flow (a box would count one)
        assertThat(robot.lookup("#" + DocumentView.AREA_ID).lookup((Text t) -> t.getText().startsWith("𠮷"))
                .tryQueryAs(Text.class)).isPresent();
        assertThat(robot.lookup("#" + DocumentView.AREA_ID).lookup((Text t) -> t.getText().equals("\uD842"))
                .tryQueryAs(Text.class)).isEmpty();
        assertThat(charAt(robot, p, 2).getMinX()).as("the next character after it")
                .isGreaterThan(charAt(robot, p, 0).getMinX());
    }

    /** Seen at 1366×768: a heading that wraps had its number (三、) halfway between its two lines. */
    @Test
    void aWrappedHeadingKeepsItsNumberOnItsFirstLine(FxRobot robot) {
        int heading = onFx(robot, () -> {
            for (int i = 0; ; i++) {
                if (area().block(i).kind() == Block.Kind.HEADING && area().block(i).level() == 1) {
                    String text = area().getParagraph(i).getText();
                    area().insertText(i, text.length(), "和党政主要负责人履行推进法治建设第一责任人职责的有关情况");
                    area().getUndoManager().forgetHistory();
                    area().showParagraphAtTop(i);
                    return i;
                }
            }
        });
        FxSettle.settle();
        assertThat(onFx(robot, () -> area().getParagraphLinesCount(heading))).isGreaterThan(1);
        String number = onFx(robot, () -> area().block(heading).number());
        javafx.scene.control.Label label = robot.lookup(".doc-number").match((javafx.scene.control.Label l) -> l.getText().equals(number))
                .queryAs(javafx.scene.control.Label.class);
        Bounds numberText = onFx(robot, () -> {
            javafx.scene.Node text = label.lookup(".text");
            return text.localToScreen(text.getBoundsInLocal());
        });
        Bounds first = charAt(robot, heading, 0);

        assertThat(numberText.getMinY()).isCloseTo(first.getMinY(), within(first.getHeight() / 2));
    }
}
