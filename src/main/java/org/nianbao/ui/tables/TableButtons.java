package org.nianbao.ui.tables;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import org.nianbao.ui.common.Messages;

/** The add and delete buttons above a table (or list) of rows stored one by one. */
final class TableButtons {

    private TableButtons() {
    }

    /** A table's buttons; a row added is at once edited in its first column, its words selected, as a new heading's are. */
    static <S> ToolBar of(Messages messages, String prefix, TableView<S> table, IntSupplier add, IntConsumer delete) {
        return of(messages, prefix, table.getSelectionModel(), row -> {
            table.scrollTo(row);
            if (table.isEditable() && !table.getColumns().isEmpty()) {
                table.requestFocus();
                // once the scrolled-to row has its cells
                javafx.application.Platform.runLater(() -> table.edit(row, table.getColumns().get(0)));
            }
        }, add, delete);
    }

    /** A list's buttons; {@code shown} then takes the row added (the attachments put the caret in its title). */
    static ToolBar of(Messages messages, String prefix, ListView<?> list, IntSupplier add, IntConsumer delete,
                      IntConsumer shown) {
        return of(messages, prefix, list.getSelectionModel(), row -> {
            list.scrollTo(row);
            shown.accept(row);
        }, add, delete);
    }

    private static ToolBar of(Messages messages, String prefix, MultipleSelectionModel<?> selection,
                              IntConsumer added, IntSupplier add, IntConsumer delete) {
        Button adding = button(messages, prefix, "add", () -> {
            int row = add.getAsInt();
            selection.clearAndSelect(row);
            added.accept(row);
        });
        Button deleting = button(messages, prefix, "delete", () -> {
            int row = selection.getSelectedIndex();
            if (row >= 0) {
                delete.accept(row);
            }
        });
        return new ToolBar(adding, deleting);
    }

    /** A button labelled {@code prefix.name}, with the id {@code prefix-name}. */
    static Button button(Messages messages, String prefix, String name, Runnable action) {
        Button button = new Button(messages.get(prefix + "." + name));
        button.setId(prefix + "-" + name);
        button.setOnAction(e -> action.run());
        return button;
    }
}
