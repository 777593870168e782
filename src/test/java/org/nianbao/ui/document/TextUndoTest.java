package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One user action is one undo step: the check's highlighting never enters the text's history. */
class TextUndoTest extends WindowTest {

    private static final String TEXT = "全年受理行政复议案件40件，审结36件，审结率为90%。";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void oneCtrlZUndoesATypedWordAfterTheChecksHaveRunAndOneCtrlYRedoesIt(FxRobot robot) {
        StyleClassedTextArea body = openSecondSection(robot);
        robot.interact(() -> body.moveTo(TEXT.indexOf("40件")));
        robot.write("1");
        fixture.awaitChecks();
        assertThat(body.getText()).isEqualTo(TEXT.replace("40件", "140件"));

        undo(robot);
        assertThat(body.getText()).isEqualTo(TEXT);
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs().get(0).text()).isEqualTo(TEXT);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(body.getText()).isEqualTo(TEXT.replace("40件", "140件"));
    }

    @Test
    void afterAnUndoTheFigureHighlightsSitOnTheirFigures(FxRobot robot) {
        StyleClassedTextArea body = openSecondSection(robot);
        fixture.awaitChecks();
        List<String> marked = markedTexts(body);
        assertThat(marked).isNotEmpty();

        robot.interact(() -> body.moveTo(0));
        robot.write("据统计，");
        fixture.awaitChecks();
        undo(robot);
        fixture.awaitChecks();

        assertThat(body.getText()).isEqualTo(TEXT);
        assertThat(markedTexts(body)).isEqualTo(marked);
        assertThat(body.getUndoManager().isUndoAvailable()).as("nothing left to undo").isFalse();
    }

    private StyleClassedTextArea openSecondSection(FxRobot robot) {
        robot.clickOn((javafx.scene.Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && "（二）化解矛盾纠纷".equals(c.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + SectionEditor.BODY_ID);
        return fixture.window.editor().body();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The highlighted runs of the text, each as the text it covers. */
    private static List<String> markedTexts(StyleClassedTextArea body) {
        List<String> out = new java.util.ArrayList<>();
        int at = 0;
        for (var span : body.getStyleSpans(0, body.getLength())) {
            if (!span.getStyle().isEmpty()) {
                out.add(span.getStyle() + ":" + body.getText(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return out;
    }
}
