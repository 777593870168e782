package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Metric;
import org.nianbao.model.ProblemItem;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TableUndoTest extends WindowTest {

    @Start
    void start(Stage stage) {
        openShared(stage);
    }

    @Test
    void ctrlZInTheMetricsTableRestoresTheOldValueAndCtrlYPutsTheNewOneBack(FxRobot robot) {
        BigDecimal old = fixture.session.report().metrics().get(1).value();
        robot.clickOn("#tab-metrics");
        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 1, "99");
        assertThat(fixture.reload().metrics().get(1).value()).isEqualByComparingTo("99");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.window.metrics().table().getItems().get(1).value()).isEqualByComparingTo(old);
        assertThat(fixture.reload().metrics().get(1).value()).isEqualByComparingTo(old);

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.window.metrics().table().getItems().get(1).value()).isEqualByComparingTo("99");
        assertThat(fixture.reload().metrics().get(1).value()).isEqualByComparingTo("99");
    }

    @Test
    void theEditMenuBringsADeletedProblemBackInItsPlace(FxRobot robot) {
        robot.clickOn("#tab-problems");
        robot.interact(() -> fixture.window.problems().table().getSelectionModel().select(0));
        robot.clickOn("#problems-delete");
        FxSettle.settle();
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text).containsExactly("规范性文件备案不够及时");

        robot.clickOn("编辑").clickOn("撤销（Ctrl+Z）");
        FxSettle.settle();
        assertThat(fixture.window.problems().table().getItems()).extracting(ProblemItem::text)
                .containsExactly("执法人员培训覆盖面不够广", "规范性文件备案不够及时");
        assertThat(fixture.reload().problems()).extracting(ProblemItem::text)
                .containsExactly("执法人员培训覆盖面不够广", "规范性文件备案不够及时");
    }

    @Test
    void undoInATableLeavesTheOutlineAlone(FxRobot robot) {
        robot.clickOn("#tab-metrics").clickOn("#metrics-add");
        FxSettle.settle();
        int sections = fixture.session.report().sections().size();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        FxSettle.settle();
        assertThat(fixture.reload().metrics()).extracting(Metric::name).doesNotContain("指标1");
        assertThat(fixture.reload().sections()).hasSize(sections);
    }
}
