package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Section;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** New headings from the caret: after its section at the same level, or below it; typing names them. */
class DocumentStructureTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void ctrlAltEnterAddsAHeadingAfterTheCaretsSectionAndWhatIsTypedNamesIt(FxRobot robot) {
        keys(robot).caretAt(6, 3); // in （二）化解矛盾纠纷
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT, KeyCode.CONTROL);
        FxSettle.settle();

        assertThat(area().getParagraph(7).getText()).isEqualTo("新标题");
        assertThat(area().block(7).number()).isEqualTo("（三）");
        assertThat(area().getSelectedText()).isEqualTo("新标题");

        robot.write("规范行政执法");
        FxSettle.settle();
        assertThat(fixture.reload().sections().get(0).children()).extracting(Section::heading)
                .containsExactly("强化组织领导", "化解矛盾纠纷", "规范行政执法");
        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（三）规范行政执法");
    }

    @Test
    void ctrlAltShiftEnterAddsASubHeadingBelowTheCaretsSection(FxRobot robot) {
        keys(robot).caretAt(13, 2); // in 三、（一）深化依法行政
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.ENTER)
                .release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
        FxSettle.settle();

        assertThat(area().getParagraph(14).getText()).isEqualTo("新标题");
        assertThat(area().block(14).level()).isEqualTo(3);
        assertThat(area().getSelectedText()).isEqualTo("新标题");
        assertThat(fixture.reload().sections().get(2).children().get(0).children()).extracting(Section::heading)
                .containsExactly("新标题");
    }

    @Test
    void theTextsMenuOffersTheSameCommands(FxRobot robot) {
        keys(robot).caretAt(4, 0); // in （一）强化组织领导
        robot.interact(() -> area().getContextMenu().getItems().stream()
                .filter(i -> "document-new-heading".equals(i.getId())).findFirst().orElseThrow().fire());
        FxSettle.settle();

        assertThat(fixture.reload().sections().get(0).children()).extracting(Section::heading)
                .containsExactly("强化组织领导", "新标题", "化解矛盾纠纷");
        assertThat(area().getParagraph(5).getText()).isEqualTo("新标题");
    }

    private DocumentKeys keys(FxRobot robot) {
        return new DocumentKeys(robot, fixture);
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    /**
     * Issue 10: a structure edit is one step of the document's undo, in the order the edits were made.
     * Typing inside the sections a move rearranges is forgotten by the text's history, as any change
     * shown from elsewhere that overlaps it (DocumentHistory): the move shows those paragraphs anew.
     */
    @Test
    void ctrlZInTheDocumentTakesBackTextAndStructureEditsInTheOrderTheyWereMadeAndCtrlYBringsThemBack(FxRobot robot) {
        keys(robot).caretAt(1, 0); // the preamble
        robot.write("本");
        keys(robot).caretAt(3, 0); // the heading （一）强化组织领导
        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT, KeyCode.ALT);
        FxSettle.settle();
        keys(robot).caretAt(4, 0); // now the text of 化解矛盾纠纷, moved up
        robot.write("全年");
        FxSettle.settle();
        assertThat(children()).containsExactly("化解矛盾纠纷", "强化组织领导");
        assertThat(preamble()).startsWith("本2023年");
        assertThat(firstTexts()).containsExactly("全年全年受理", "区政府常务会");

        undo(robot);
        assertThat(firstTexts()).containsExactly("全年受理行政", "区政府常务会");
        undo(robot);
        assertThat(children()).as("the move, made before the last typing").containsExactly("强化组织领导", "化解矛盾纠纷");
        assertThat(preamble()).startsWith("本2023年");
        undo(robot);
        assertThat(preamble()).startsWith("2023年");
        assertThat(area().getUndoManager().isUndoAvailable()).isFalse();

        redo(robot);
        assertThat(preamble()).startsWith("本2023年");
        assertThat(children()).containsExactly("强化组织领导", "化解矛盾纠纷");
        redo(robot);
        assertThat(children()).containsExactly("化解矛盾纠纷", "强化组织领导");
        assertThat(fixture.window.undoableProperty().get()).isTrue();
        // the typing in the moved section is not redone: undoing the move showed its paragraphs anew
        redo(robot);
        assertThat(firstTexts()).containsExactly("全年受理行政", "区政府常务会");
        undo(robot);
        assertThat(children()).as("Ctrl+Z goes on back through the steps that are left")
                .containsExactly("强化组织领导", "化解矛盾纠纷");
    }

    private String preamble() {
        return fixture.reload().preamble().get(0).text();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
    }

    private static void redo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
    }

    private java.util.List<String> children() {
        return fixture.reload().sections().get(0).children().stream().map(Section::heading).toList();
    }

    /** The first six characters of the text of each section under 一、, in order. */
    private java.util.List<String> firstTexts() {
        return fixture.reload().sections().get(0).children().stream()
                .map(c -> c.paragraphs().get(0).text().substring(0, 6)).toList();
    }
}
