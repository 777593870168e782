package org.nianbao.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.tables.MetricsPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Edit → 撤销/重做 are enabled only when there is something to undo or redo where the focus is. */
class EditMenuTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void undoAndRedoFollowTheOutlinesHistory(FxRobot robot) {
        robot.clickOn("#outline");
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).isTrue();
        assertThat(item("menu-redo").isDisable()).isTrue();

        robot.clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).isFalse();
        assertThat(item("menu-redo").isDisable()).isTrue();

        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).isTrue();
        assertThat(item("menu-redo").isDisable()).isFalse();
    }

    @Test
    void theMenuAsksTheHistoryWhereTheFocusIs(FxRobot robot) {
        robot.clickOn("#outline").clickOn("#outline-delete");
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).isFalse();

        robot.clickOn("#tab-metrics").clickOn("#" + MetricsPane.TABLE_ID);
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).as("the metrics table has nothing to undo").isTrue();

        int figures = fixture.reload().metrics().size();
        robot.clickOn("#metrics-add");
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).as("the new row's name, edited at once: the table's add").isFalse();
        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(fixture.reload().metrics()).hasSize(figures);
        robot.clickOn("#metrics-add");
        FxSettle.settle();

        robot.clickOn("#tab-document").clickOn("#" + org.nianbao.ui.document.DocumentView.AREA_ID);
        FxSettle.settle();
        assertThat(item("menu-undo").isDisable()).as("nothing typed yet, but the outline's delete: one history with the text")
                .isFalse();
        robot.write("新");
        FxSettle.settle();
        int sections = fixture.reload().outline().size();
        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(fixture.reload().outline()).as("the typing first").hasSize(sections);
        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(fixture.reload().outline().size()).as("then the delete").isGreaterThan(sections);
        assertThat(item("menu-undo").isDisable()).as("the metrics' add is the table's own").isTrue();
    }

    private MenuItem item(String id) {
        MenuBar bar = (MenuBar) ((BorderPane) fixture.window.root()).getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
