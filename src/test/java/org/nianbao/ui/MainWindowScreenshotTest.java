package org.nianbao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saves the main window with the sample report as docs/screenshots/main-window.png for the README. */
class MainWindowScreenshotTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    static final Path TARGET = Path.of(System.getProperty("user.dir"), "docs", "screenshots", "main-window.png");


    @Test
    void mainWindowWithTheSampleReportIsSavedForTheReadme(FxRobot robot) throws Exception {
        robot.clickOn(node -> node instanceof javafx.scene.control.TreeCell<?> c && "（二）化解矛盾纠纷".equals(c.getText()));
        robot.interact(() -> fixture.window.editor().body().appendText(
                "\n全年受理行政复议案件{{受理}}，审结{{审结}}，审结率为{{审结率}}。"));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(fixture.window.root().getScene().snapshot(null)));
        Screenshots.writePng(shot.get(), TARGET);

        assertThat(Files.size(TARGET)).isGreaterThan(10_000);
    }
}
