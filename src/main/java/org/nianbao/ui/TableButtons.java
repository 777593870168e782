package org.nianbao.ui;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;

/** The add and delete buttons above a table of rows stored one by one. */
final class TableButtons {

    private TableButtons() {
    }

    static ToolBar of(Messages messages, String prefix, TableView<?> table, IntSupplier add, IntConsumer delete) {
        Button adding = new Button(messages.get(prefix + ".add"));
        adding.setId(prefix + "-add");
        adding.setOnAction(e -> {
            int row = add.getAsInt();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
        Button deleting = new Button(messages.get(prefix + ".delete"));
        deleting.setId(prefix + "-delete");
        deleting.setOnAction(e -> {
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                delete.accept(row);
            }
        });
        return new ToolBar(adding, deleting);
    }
}
