package org.nianbao.ui.tables;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.app.FxSettle;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.app.WindowTest;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The problem list's columns open wide enough to read and keep the widths the officer gives them. */
class TableColumnsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void problemColumnsOpenWideEnoughToReadTheirHeadersAndTheProblemColumnIsWidest(FxRobot robot) {
        robot.clickOn("#tab-problems");
        FxSettle.settle();
        TableView<org.nianbao.model.ProblemItem> table = fixture.window.problems().table();

        for (TableColumn<?, ?> column : table.getColumns()) {
            assertThat(column.getWidth()).as(column.getText()).isGreaterThanOrEqualTo(70);
        }
        double problem = table.getColumns().get(0).getWidth();
        assertThat(table.getColumns().stream().skip(1).mapToDouble(TableColumn::getWidth).max().orElseThrow())
                .isLessThan(problem);
    }

    /** Seen at 1366×768: the deadline read "2024-06…". */
    @Test
    void onALaptopTheDeadlineColumnShowsAWholeDate(FxRobot robot) {
        robot.clickOn("#tab-problems");
        TableView<org.nianbao.model.ProblemItem> table = fixture.window.problems().table();
        onALaptop(robot, table);
        javafx.scene.control.Labeled cell = robot.lookup(".table-cell").queryAs(javafx.scene.control.Labeled.class);
        double padding = cell.getPadding().getLeft() + cell.getPadding().getRight();

        assertThat(table.getColumns().get(4).getWidth()).as(table.getColumns().get(4).getText())
                .isGreaterThan(widthIn(cell, "2024-06-30") + padding + 4);
    }

    @Test
    void aColumnWidthTheOfficerSetIsThereAgainInTheNextSession(FxRobot robot) {
        robot.clickOn("#tab-problems");
        FxSettle.settle();
        TableView<org.nianbao.model.ProblemItem> table = fixture.window.problems().table();
        TableColumn<org.nianbao.model.ProblemItem, ?> unit = table.getColumns().get(2);
        double wanted = unit.getWidth() + 60;
        robot.interact(() -> table.resizeColumn(unit, 60));
        FxSettle.settle();
        assertThat(unit.getWidth()).isCloseTo(wanted, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> fixture.window.close());
        WindowFixture reopened = new WindowFixture(folder, fixture.prefs);
        try {
            robot.interact(() -> reopened.show(stage));
            robot.clickOn("#tab-problems");
            FxSettle.settle();
            assertThat(reopened.window.problems().table().getColumns().get(2).getWidth())
                    .isCloseTo(wanted, org.assertj.core.data.Offset.offset(1.0));
        } finally {
            reopened.close();
        }
    }

    /** Seen at 1366×768: the figures' names read "政务服…", and the name is how the officer finds a figure. */
    @Test
    void onALaptopTheFiguresNamesShowEightCharacters(FxRobot robot) {
        robot.clickOn("#tab-metrics");
        TableView<org.nianbao.model.Metric> table = fixture.window.metrics().table();
        onALaptop(robot, table);
        javafx.scene.control.Labeled cell = robot.lookup(".table-cell").queryAs(javafx.scene.control.Labeled.class);

        assertThat(table.getColumns().get(0).getWidth()).isGreaterThan(widthIn(cell, "政务服务事项总数"));
    }

    /** The window at 1366×768, a laptop's screen. */
    private static void onALaptop(FxRobot robot, TableView<?> table) {
        robot.interact(() -> {
            table.getScene().getWindow().setWidth(1366);
            table.getScene().getWindow().setHeight(768);
        });
    }

    /** How wide a text is in a cell's font. */
    private static double widthIn(javafx.scene.control.Labeled cell, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(cell.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
