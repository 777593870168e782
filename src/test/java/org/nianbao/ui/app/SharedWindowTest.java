package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.document.DocumentFindBar;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window a class's tests share ({@link WindowTest#openShared}): what the first test leaves behind,
 * the second does not find. If it did, window tests would pass or fail by the order they run in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedWindowTest extends WindowTest {

    private static MainWindow first;
    private static long firstReport;

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    @Order(1)
    void aTestChangesTheReportTheHistoriesTheFindBarTheTabAndTheDialogs(FxRobot robot) {
        first = fixture.window;
        firstReport = fixture.stored.id();
        var area = fixture.window.document().area();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(6, 0);
        });
        robot.write("经");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("审结");
        robot.clickOn("#outline").clickOn("#outline-delete");
        robot.clickOn("#tab-metrics").clickOn("#metrics-add");
        fixture.dialogs.confirmAnswer = false;
        fixture.dialogs.answerText("留给下一个测试的回答");
        FxSettle.settle();

        assertThat(fixture.reload()).isNotEqualTo(Fixtures.smallReport().withId(fixture.stored.id()));
        assertThat(fixture.whyNotReusable()).isEmpty();
    }

    @Test
    @Order(2)
    void theNextFindsTheSameWindowAsIfItWereNew(FxRobot robot) {
        assertThat(fixture.window).as("shared").isSameAs(first);
        assertThat(fixture.stored.id()).as("another report, so the window starts its histories again")
                .isNotEqualTo(firstReport);
        Report stored = fixture.reload();
        assertThat(stored.sections()).isEqualTo(fixture.stored.sections());
        assertThat(stored.metrics()).isEqualTo(fixture.stored.metrics());
        assertThat(fixture.session.store().list()).singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(fixture.stored.id()));

        assertThat(fixture.window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-document");
        TextField find = robot.lookup("#" + DocumentFindBar.FIND_ID).queryAs(TextField.class);
        assertThat(find.getText()).isEmpty();
        javafx.scene.Node bar = find;
        while (!(bar instanceof DocumentFindBar)) {
            bar = bar.getParent();
        }
        assertThat(bar.isVisible()).as("the find bar closed").isFalse();
        assertThat(fixture.window.document().area().getCaretPosition()).isZero();
        assertThat(fixture.dialogs.confirmAnswer).isTrue();
        assertThat(fixture.dialogs.askText("", "", "", "")).isEmpty();
        assertThat(fixture.dialogs.asked).hasSize(1);

        robot.clickOn("#outline");
        assertThat(fixture.window.undoableProperty().get()).as("nothing to undo in the outline").isFalse();
        robot.clickOn("#" + org.nianbao.ui.document.DocumentView.AREA_ID);
        assertThat(fixture.window.undoableProperty().get()).as("nothing typed yet").isFalse();
    }
}
