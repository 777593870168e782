package org.nianbao.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.nianbao.ui.app.WindowTest;
import org.nianbao.ui.outline.OutlineNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class FindTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }


    @Test
    void ctrlFFindsTextInALaterSectionAndSelectsIt(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window.editor().shown()).get().extracting(OutlineNode::label).isEqualTo("（二）化解矛盾纠纷");
        assertThat(fixture.window.editor().body().getSelectedText()).isEqualTo("审结");
        assertThat(fixture.window.editor().body().getSelection().getStart()).isEqualTo("全年受理行政复议案件40件，".length());

        robot.clickOn("#" + FindBar.FIELD_ID).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.editor().body().getSelection().getStart()).isEqualTo("全年受理行政复议案件40件，审结36件，".length());
    }

    @Test
    void findAlsoLooksInHeadingsAndSelectsTheSectionWithTheHeadingShowingTheMatch(FxRobot robot) {
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("工作安排").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window.editor().shown()).get().extracting(OutlineNode::label).isEqualTo("三、2024年工作安排");
        assertThat(fixture.window.outline().selected()).contains(java.util.List.of(2));
        assertThat(fixture.window.editor().heading().getSelectedText()).isEqualTo("工作安排");
    }

    @Test
    void enterAfterFindNextGoesOnFindingAndNeverTypesOverTheFoundText(FxRobot robot) {
        String before = "全年受理行政复议案件40件，审结36件，审结率为90%。";
        robot.clickOn("#outline").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结").clickOn("查找下一个");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.editor().body().getSelectedText()).isEqualTo("审结");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.editor().body().getSelection().getStart())
                .as("the second match, in 审结率").isEqualTo("全年受理行政复议案件40件，审结36件，".length());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.window.editor().body().getText()).isEqualTo(before);
        assertThat(fixture.window.editor().body().getSelectedText()).isEqualTo("审结");
        assertThat(fixture.reload().sections().get(0).children().get(1).paragraphs())
                .extracting(org.nianbao.model.Paragraph::text).containsExactly(before);
    }
}
