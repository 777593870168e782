package org.nianbao.ui.tables;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.nianbao.ui.app.FxSettle;
import org.testfx.api.FxRobot;

/** Types into a table cell as the officer does: start editing, type, Enter. */
public final class TableCells {

    private TableCells() {
    }

    @SuppressWarnings("unchecked")
    public static void type(FxRobot robot, String tableId, String columnId, int row, String text) {
        TableView<Object> table = robot.lookup("#" + tableId).queryAs(TableView.class);
        var column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.requestFocus();
            table.edit(row, (TableColumn<Object, ?>) column);
        });
        FxSettle.settle();
        robot.write(text).type(KeyCode.ENTER);
        FxSettle.settle();
    }
}
