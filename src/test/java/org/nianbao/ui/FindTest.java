package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FindTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new WindowFixture(folder);
        fixture.show(stage);
    }

    @AfterEach
    void close() {
        fixture.close();
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
}
