package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Report;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A change made elsewhere (a table, the settings) shows in the document in place: the caret stays on
 * its text and Ctrl+Z still takes back the officer's typing, before and after the changed paragraphs.
 */
class DocumentInPlaceTest extends WindowTest {

    private static final String FIRST = "区政府常务会议专题研究法治政府建设工作4次。";
    private static final String LAST = "继续推进行政执法三项制度。";

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void aProblemAddedInItsTableShowsWhereTheListStandsAndTheTypingAroundItIsStillUndone(FxRobot robot) {
        caretAt(robot, 4, 0);
        robot.write("一");
        caretAt(robot, 13, 0);
        robot.write("二");
        FxSettle.settle();

        robot.clickOn("#tab-problems").clickOn("#problems-add");
        FxSettle.settle();
        robot.clickOn("#tab-document");
        FxSettle.settle();

        assertThat(area().block(11).kind()).as("the new third problem").isEqualTo(Block.Kind.PROBLEM);
        assertThat(area().getParagraph(14).getText()).isEqualTo("二" + LAST);
        assertThat(area().getCurrentParagraph()).as("the caret stays after what it typed").isEqualTo(14);
        assertThat(area().getCaretColumn()).isEqualTo(1);

        robot.interact(area()::requestFocus);
        undo(robot);
        assertThat(area().getParagraph(14).getText()).isEqualTo(LAST);
        undo(robot);
        assertThat(area().getParagraph(4).getText()).isEqualTo(FIRST);
        Report stored = fixture.reload();
        assertThat(stored.problems()).hasSize(3);
        assertThat(stored.sections().get(2).children().get(0).paragraphs().get(0).text()).isEqualTo(LAST);
        assertThat(stored.sections().get(0).children().get(0).paragraphs().get(0).text()).isEqualTo(FIRST);
    }

    @Test
    void aTitleChangedInTheSettingsShowsInPlaceAndTheTypingAfterItIsStillUndone(FxRobot robot) {
        caretAt(robot, 4, 0);
        robot.write("一");
        FxSettle.settle();

        robot.interact(() -> fixture.session.editFields(r -> r.withTitle("示例区人民政府关于2023年法治政府建设情况的报告")));
        FxSettle.settle();
        assertThat(area().getParagraph(0).getText()).isEqualTo("示例区人民政府关于2023年法治政府建设情况的报告");
        assertThat(area().getParagraph(4).getText()).isEqualTo("一" + FIRST);

        robot.interact(area()::requestFocus);
        undo(robot);
        assertThat(area().getParagraph(4).getText()).isEqualTo(FIRST);
        assertThat(area().getParagraph(0).getText()).as("the settings' change is not the officer's typing")
                .isEqualTo("示例区人民政府关于2023年法治政府建设情况的报告");
        assertThat(fixture.reload().sections().get(0).children().get(0).paragraphs().get(0).text()).isEqualTo(FIRST);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(area().getParagraph(4).getText()).isEqualTo("一" + FIRST);
    }

    @Test
    void aSelectionStaysOnItsTextWhenTheProblemListBeforeItChanges(FxRobot robot) {
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(13, 2, 13, 6);
        });
        robot.clickOn("#tab-problems").clickOn("#problems-add");
        robot.clickOn("#tab-document");
        FxSettle.settle();

        assertThat(area().getSelectedText()).isEqualTo("推进行政");
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    private void caretAt(FxRobot robot, int paragraph, int column) {
        new DocumentKeys(robot, fixture).caretAt(paragraph, column);
    }

    private void undo(FxRobot robot) {
        new DocumentKeys(robot, fixture).undo();
    }
}
