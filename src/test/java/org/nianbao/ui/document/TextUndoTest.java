package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** One user action is one undo step: the check's highlighting never enters the text's history. */
class TextUndoTest extends WindowTest {

    private static final String TEXT = "全年受理行政复议案件40件，审结36件，审结率为90%。";
    /** The paragraph of the document that holds {@link #TEXT}. */
    private static final int RATE = 6;

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void oneCtrlZUndoesATypedWordAfterTheChecksHaveRunAndOneCtrlYRedoesIt(FxRobot robot) {
        caretAt(robot, TEXT.indexOf("40件"));
        robot.write("1");
        fixture.awaitChecks();
        assertThat(area().getParagraph(RATE).getText()).isEqualTo(TEXT.replace("40件", "140件"));

        undo(robot);
        assertThat(area().getParagraph(RATE).getText()).isEqualTo(TEXT);
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs().get(0).text()).isEqualTo(TEXT);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area().getParagraph(RATE).getText()).isEqualTo(TEXT.replace("40件", "140件"));
    }

    @Test
    void afterAnUndoTheFigureHighlightsSitOnTheirFigures(FxRobot robot) {
        fixture.awaitChecks();
        List<String> marked = markedTexts();
        assertThat(marked).isNotEmpty();

        caretAt(robot, 0);
        robot.write("据统计，");
        fixture.awaitChecks();
        undo(robot);
        fixture.awaitChecks();

        assertThat(area().getParagraph(RATE).getText()).isEqualTo(TEXT);
        assertThat(markedTexts()).isEqualTo(marked);
        assertThat(area().getUndoManager().isUndoAvailable()).as("nothing left to undo").isFalse();
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private void caretAt(FxRobot robot, int column) {
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(RATE, column);
        });
        FxSettle.settle();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
    }

    /** The highlighted runs of the paragraph, each as the text it covers. */
    private List<String> markedTexts() {
        List<String> out = new java.util.ArrayList<>();
        String text = area().getParagraph(RATE).getText();
        int at = 0;
        for (var span : area().getStyleSpans(RATE)) {
            if (!span.getStyle().isEmpty()) {
                out.add(span.getStyle() + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return out;
    }
}
