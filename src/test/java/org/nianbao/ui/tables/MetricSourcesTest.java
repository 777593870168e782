package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.model.ReturnedForm;
import org.nianbao.model.ValueRecord;
import org.nianbao.testing.CollectSeed;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 13: the metrics table says where each figure came from (a department's form, or 手工录入),
 * a value typed there is recorded as the officer's, and a figure's history opens from its row.
 */
class MetricSourcesTest extends WindowTest {

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(folder);
        CollectSeed.smallReportWithJustice(fixture.database, seeded -> {
            Report report = seeded.report();
            long accepted = report.metrics().get(0).id();
            seeded.store().collection().accept(new ReturnedForm(report.id(), seeded.justice().id(), "区司法局",
                    List.of(new ReturnedForm.Value(accepted, new BigDecimal("41"), "区司法局")), List.of(),
                    "司法局回表.xlsx", "d1", LocalDateTime.of(2024, 1, 16, 10, 0), "区司法局", true));
        });
        fixture.tab = "tab-metrics";
        fixture.show(stage);
    }

    @SuppressWarnings("unchecked")
    private String source(FxRobot robot, int row) {
        TableView<Metric> table = robot.lookup("#" + MetricsPane.TABLE_ID).queryAs(TableView.class);
        TableColumn<Metric, String> column = (TableColumn<Metric, String>) table.getColumns().stream()
                .filter(c -> "metrics-source".equals(c.getId())).findFirst().orElseThrow();
        return column.getCellData(row);
    }

    @Test
    void theSourceColumnNamesTheDepartmentOrTheOfficerAndTheHistoryOpensFromTheRow(FxRobot robot) {
        FxSettle.settle();
        assertThat(source(robot, 0)).isEqualTo("区司法局，司法局回表.xlsx，1月16日 10:00");
        assertThat(source(robot, 1)).as("came with the report: no history").isEmpty();

        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 0, "42");
        assertThat(fixture.reload().metrics().get(0).value()).isEqualByComparingTo("42");
        List<ValueRecord> history = fixture.session.store().collection().history(fixture.session.report().id())
                .get(fixture.session.report().metrics().get(0).id());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).value()).isEqualByComparingTo("42");
        assertThat(history.get(1).department()).as("typed by the officer").isEmpty();
        assertThat(history.get(1).acceptedBy()).isNotEmpty();
        assertThat(source(robot, 0)).startsWith("手工录入（" + history.get(1).acceptedBy() + "，");

        TableCells.type(robot, MetricsPane.TABLE_ID, "metrics-value", 0, "42");
        assertThat(fixture.session.store().collection().history(fixture.session.report().id())
                .get(fixture.session.report().metrics().get(0).id())).as("the same value again records nothing").hasSize(2);

        robot.interact(() -> fixture.window.metrics().table().getSelectionModel().select(0));
        // the row's context menu item (数据来源与历史…)
        robot.interact(() -> fixture.window.metrics().table().getContextMenu().getItems().stream()
                .filter(i -> "metrics-history".equals(i.getId())).findFirst().orElseThrow().fire());
        FxSettle.settle();
        // shown through the dialog service: title, the figure's name, then one line per value
        assertThat(fixture.dialogs.asked).hasSize(1);
        assertThat(fixture.dialogs.asked.get(0).lines().toList()).containsExactly(
                "数据来源与历史…：" + fixture.session.report().metrics().get(0).name(),
                "1月16日 10:00　41件　区司法局，司法局回表.xlsx，1月16日 10:00",
                fixture.window.metrics().historyLines(fixture.session.report().metrics().get(0)).get(1));
        assertThat(fixture.dialogs.asked.get(0)).contains("42件　手工录入（");
    }
}
