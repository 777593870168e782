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
}
