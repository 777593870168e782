package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window tests' robot waits without fixed pauses ({@link WindowRobot}, {@link FxSettle}); these
 * tests hold it to what TestFX's pauses gave: when a step returns, the events it caused, what their
 * handlers posted to the FX thread in turn, and the layout that followed have all happened.
 */
@ExtendWith(WindowExtension.class)
class WindowRobotTest {

    private VBox box;
    private TextField field;

    @Start
    void start(Stage stage) {
        field = new TextField();
        box = new VBox(field);
        // Enter adds a line two hand-offs later, as a handler that defers its work would
        field.setOnAction(e -> Platform.runLater(() -> Platform.runLater(() -> box.getChildren().add(new Label("已提交")))));
        stage.setScene(new Scene(box, 320, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theRobotIsTheSettlingOne(FxRobot robot) {
        assertThat(robot).isInstanceOf(WindowRobot.class);
        assertThat(robot.robotContext()).isInstanceOf(SettlingRobotContext.class);
    }

    @Test
    void whatAClickAndTypedTextCauseHasHappenedWhenTheyReturn(FxRobot robot) {
        robot.clickOn(field);
        assertThat(field.isFocused()).isTrue();

        robot.write("法治政府");
        assertThat(field.getText()).isEqualTo("法治政府");

        robot.push(KeyCode.CONTROL, KeyCode.A);
        assertThat(field.getSelectedText()).isEqualTo("法治政府");
    }

    @Test
    void whatHandlersPostedAndTheLayoutAfterItAreDoneWhenAKeyReturns(FxRobot robot) {
        robot.clickOn(field).type(KeyCode.ENTER);

        assertThat(box.getChildren()).hasSize(2);
        Label added = (Label) box.getChildren().get(1);
        assertThat(added.getHeight()).as("laid out").isGreaterThan(0);
        assertThat(added.getLayoutY()).isGreaterThanOrEqualTo(field.getHeight());
    }

    @Test
    void anInteractionsEffectsAreLaidOutWhenItReturns(FxRobot robot) {
        Label late = new Label("后加的一行");
        robot.interact(() -> box.getChildren().add(late));

        assertThat(late.getWidth()).as("laid out").isGreaterThan(0);
    }
}
