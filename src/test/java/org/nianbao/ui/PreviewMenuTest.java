package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.preview.PreviewPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class PreviewMenuTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void filePagePreviewOpensThePagesOfTheReportShown(FxRobot robot) throws Exception {
        robot.clickOn("文件").clickOn("页面预览");
        // the first layout scans the installed fonts and reads their metrics: seconds on a busy machine
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + PreviewPane.STATUS_ID).tryQuery().isPresent()
                && robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText().startsWith("第 1 页"));
        String status = robot.lookup("#" + PreviewPane.STATUS_ID).queryAs(Label.class).getText();
        assertThat(status).matches("第 1 页，共 \\d+ 页");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }
}
