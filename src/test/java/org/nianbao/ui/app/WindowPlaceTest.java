package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window comes back at the size and place it had, with the panes as wide as they were. */
class WindowPlaceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void sizePositionAndPaneWidthsAreThereAgainAtTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        FxSettle.settle();
        robot.interact(() -> fixture.window.panes().setDividerPositions(0.34, 0.6));
        FxSettle.settle();
        double[] dividers = fixture.window.panes().getDividerPositions();
        assertThat(dividers[0]).isCloseTo(0.34, Offset.offset(0.01));
        robot.interact(() -> WindowPlace.remember(stage, fixture.window.panes(), fixture.settings));

        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        FxSettle.settle();
        robot.interact(() -> fixture.window.panes().setDividerPositions(0.4, 0.8));
        FxSettle.settle();
        // As the app does: the place before the window shows, the dividers again once the panes have their widths.
        robot.interact(() -> assertThat(WindowPlace.restore(stage, fixture.window.panes(), fixture.settings)).isTrue());
        FxSettle.settle();
        robot.interact(() -> WindowPlace.restore(stage, fixture.window.panes(), fixture.settings));
        FxSettle.settle();

        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(700);
        assertThat(fixture.window.panes().getDividerPositions()[0]).isCloseTo(0.34, Offset.offset(0.01));
        assertThat(fixture.window.panes().getDividerPositions()[1]).isCloseTo(0.6, Offset.offset(0.01));
    }

    @Test
    void aPlaceOffEveryScreenIsNotRestored(FxRobot robot) {
        fixture.settings.rememberNumbers("window", new double[] {9000, 9000, 800, 600});
        robot.interact(() -> assertThat(WindowPlace.restore(stage, fixture.window.panes(), fixture.settings)).isFalse());
    }
}
