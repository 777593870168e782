package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.FontScheme;
import org.nianbao.ui.common.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** 字体方案 is chosen in the report settings, kept with the report, and kept when other settings change. */
class FontSchemeSettingTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void openSettings(FxRobot robot) {
        robot.interact(() -> javafx.application.Platform.runLater(fixture.window::editSettings));
        FxSettle.settle();
    }

    @Test
    void theSchemeIsShownInWordsStoredAndKeptWhenAnotherSettingChanges(FxRobot robot) {
        openSettings(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<FontScheme> fonts = robot.lookup("#settings-fonts").queryAs(ChoiceBox.class);
        assertThat(fonts.getValue()).isEqualTo(FontScheme.GB2312);
        assertThat(fonts.getItems()).extracting(f -> fonts.getConverter().toString(f)).containsExactly(
                "GB2312 字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）", "Windows 自带字体（仿宋、楷体、黑体、宋体）", "本单位模板的字体");
        robot.interact(() -> fonts.setValue(FontScheme.WINDOWS));
        if (System.getenv("NIANBAO_SCREENSHOTS") != null) {
            robot.interact(() -> {
                try {
                    Screenshots.writePng(fonts.getScene().snapshot(null),
                            java.nio.file.Path.of(System.getenv("NIANBAO_SCREENSHOTS"), "settings-fonts.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        robot.clickOn("确定");
        FxSettle.settle();
        assertThat(fixture.reload().settings().fontScheme()).isEqualTo(FontScheme.WINDOWS);

        openSettings(robot);
        robot.clickOn("#settings-bold").clickOn("确定");
        FxSettle.settle();
        assertThat(fixture.reload().settings().boldHeadings()).isTrue();
        assertThat(fixture.reload().settings().fontScheme()).isEqualTo(FontScheme.WINDOWS);
    }
}
