package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Ctrl+F from anywhere finds in the whole document, headings included; Enter in the field goes on finding. */
class FindTest extends WindowTest {

    private static final String RATE = "全年受理行政复议案件40件，审结36件，审结率为90%。";

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void ctrlFInTheOutlineFindsTextInALaterSectionSelectsItAndTheOutlineFollows(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结").type(KeyCode.ENTER);
        FxSettle.settle();

        assertThat(area().getSelectedText()).isEqualTo("审结");
        assertThat(area().getCurrentParagraph()).isEqualTo(6);
        assertThat(area().getCaretColumn()).isEqualTo("全年受理行政复议案件40件，审结".length());
        assertThat(fixture.window.outline().tree().getSelectionModel().getSelectedItem().getValue().label())
                .isEqualTo("（二）化解矛盾纠纷");

        robot.clickOn("#" + DocumentFindBar.FIND_ID).type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(area().getCaretColumn()).isEqualTo("全年受理行政复议案件40件，审结36件，审结".length());
    }

    @Test
    void findAlsoLooksInHeadingsAndTheOutlineShowsTheirSection(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("工作安排").type(KeyCode.ENTER);
        FxSettle.settle();

        assertThat(area().getSelectedText()).isEqualTo("工作安排");
        assertThat(area().getCurrentParagraph()).isEqualTo(11);
        assertThat(fixture.window.outline().selected()).contains(java.util.List.of(2));
    }

    @Test
    void afterTheLastMatchFindWrapsRoundToTheFirst(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("法治政府建设");
        java.util.List<Integer> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.ENTER);
            FxSettle.settle();
            paragraphs.add(area().getCurrentParagraph());
        }
        assertThat(paragraphs).as("title, heading 一, its first paragraph, the shortfalls, the title again")
                .containsExactly(0, 2, 4, 8, 0);
    }

    @Test
    void enterAfterFindNextGoesOnFindingAndNeverTypesOverTheFoundText(FxRobot robot) {
        String before = area().getText();
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结").clickOn("查找下一个");
        FxSettle.settle();
        assertThat(area().getSelectedText()).isEqualTo("审结");

        robot.type(KeyCode.ENTER);
        FxSettle.settle();
        assertThat(area().getCaretColumn()).as("the second match, in 审结率")
                .isEqualTo("全年受理行政复议案件40件，审结36件，审结".length());
        robot.type(KeyCode.ENTER);
        FxSettle.settle();

        assertThat(area().getText()).isEqualTo(before);
        assertThat(area().getSelectedText()).isEqualTo("审结");
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs())
                .extracting(org.nianbao.model.Paragraph::text).containsExactly(RATE);
    }

    private DocumentArea area() {
        return fixture.window.document().area();
    }

    /**
     * At the window's first size on a 1366-px laptop (1280 wide, outline and checks open) the bar wraps
     * rather than cutting its buttons to "…" (seen in a session under Xvfb); Ctrl+H puts the cursor in
     * 查找 while there is nothing to find, as Word does.
     */
    @Test
    void onALaptopTheBarShowsEveryButtonWholeAndCtrlHStartsIn查找(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(728);
        });
        FxSettle.settle();
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        FxSettle.settle();

        javafx.scene.control.TextField find = robot.lookup("#" + DocumentFindBar.FIND_ID).queryAs(javafx.scene.control.TextField.class);
        assertThat(find.isFocused()).as("Ctrl+H with nothing to find: the cursor in 查找").isTrue();
        java.util.Set<javafx.scene.control.Button> buttons = robot.lookup(".find-bar .button").queryAllAs(javafx.scene.control.Button.class);
        assertThat(buttons).hasSize(5);
        for (javafx.scene.control.Button b : buttons) {
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            javafx.geometry.Bounds shown = b.localToScene(b.getBoundsInLocal());
            assertThat(shown.getMaxX()).as(b.getText() + " inside the window").isLessThanOrEqualTo(stage.getScene().getWidth());
        }

        robot.write("审结");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(robot.lookup("#" + DocumentFindBar.REPLACE_ID).queryAs(javafx.scene.control.TextField.class).isFocused())
                .as("something to find: Ctrl+H again goes on to 替换为").isTrue();
    }
}
