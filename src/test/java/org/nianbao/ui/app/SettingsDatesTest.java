package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The report's date is typed as officers write it; a text that is no date says why beside the field. */
class SettingsDatesTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theDateTakesAnOfficersDateAndARefusedOneShowsItsReasonBesideTheField(FxRobot robot) {
        robot.interact(() -> javafx.application.Platform.runLater(fixture.window::editSettings));
        FxSettle.settle();
        DatePicker date = robot.lookup("#settings-date").queryAs(DatePicker.class);
        Labeled reason = robot.lookup("#settings-date-refusal").queryAs(Labeled.class);
        assertThat(reason.isVisible()).isFalse();

        robot.interact(() -> date.getEditor().setText("二月底"));
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo("“二月底”不是日期：请写成 2024年6月30日、2024年6月底 或 2024-06-30");
        assertThat(robot.lookup("确定").queryButton().isDisabled()).as("nothing refused is stored").isTrue();

        robot.interact(() -> date.getEditor().setText("2024年3月底"));
        assertThat(reason.isVisible()).isFalse();
        robot.clickOn("确定");
        FxSettle.settle();

        assertThat(fixture.reload().date()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    /** Seen at 1366×768: the settings' buttons were below the screen's edge. */
    @Test
    void onALaptopScreenTheSettingsFormScrollsAndItsButtonsAreOnTheScreen(FxRobot robot) {
        robot.interact(() -> javafx.application.Platform.runLater(fixture.window::editSettings));
        FxSettle.settle();
        javafx.scene.control.Button ok = robot.lookup("确定").queryButton();
        javafx.stage.Window dialog = ok.getScene().getWindow();
        javafx.geometry.Rectangle2D laptop = new javafx.geometry.Rectangle2D(0, 0, 1366, 640); // shorter than the form
        javafx.scene.control.ScrollPane form = robot.lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> org.nianbao.ui.common.ScreenFit.fitTo((javafx.scene.control.DialogPane) ok.getScene().getRoot(),
                form, laptop));
        FxSettle.settle();

        assertThat(dialog.getHeight()).isLessThanOrEqualTo(640);
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(0);
        javafx.geometry.Bounds button = ok.localToScreen(ok.getBoundsInLocal());
        assertThat(button.getMaxY()).as("确定 within the dialog").isLessThanOrEqualTo(dialog.getY() + dialog.getHeight());
        assertThat(form.getContent().getLayoutBounds().getHeight()).as("the form scrolls")
                .isGreaterThan(form.getViewportBounds().getHeight());
        robot.clickOn("取消");
    }
}
