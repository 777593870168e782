package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.document.DocumentArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The next start goes back to the place in the report where the officer stopped. */
class ReportPlaceTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theNextStartPutsTheCaretBackInTheSectionWhereItWas(FxRobot robot) {
        robot.interact(() -> {
            fixture.window.document().area().requestFocus();
            fixture.window.document().area().moveTo(13, 4); // 三、（一）深化依法行政: 继续推进|行政执法
            ReportPlace.remember(fixture.window, fixture.settings);
        });
        robot.interact(() -> fixture.session.close());

        WindowFixture next = new WindowFixture(folder, fixture.prefs);
        try {
            robot.interact(() -> {
                next.show(stage);
                assertThat(ReportPlace.restore(next.window, next.settings)).isTrue();
            });
            FxSettle.settle();
            DocumentArea area = next.window.document().area();
            assertThat(area.getCurrentParagraph()).isEqualTo(13);
            assertThat(area.getCaretColumn()).isEqualTo(4);
            assertThat(area.allParToVisibleParIndex(13)).as("in view").isPresent();
            assertThat(next.window.outline().selected()).contains(List.of(2, 0));
        } finally {
            robot.interact(next::close);
        }
    }

    @Test
    void aPlaceWhoseSectionIsGoneIsNotRestored(FxRobot robot) {
        robot.interact(() -> {
            fixture.window.document().area().moveTo(13, 4);
            ReportPlace.remember(fixture.window, fixture.settings);
            fixture.window.outlineModel().delete(List.of(2, 0));
        });
        FxSettle.settle();
        robot.interact(() -> assertThat(ReportPlace.restore(fixture.window, fixture.settings)).isFalse());
    }
}
