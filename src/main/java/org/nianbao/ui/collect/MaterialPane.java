package org.nianbao.ui.collect;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.Messages;

/**
 * The departments' material (素材): each paragraph with its department and the checker's notes,
 * dragged as text into the document view; the chosen paragraph shown read-only below, so that part
 * of it can be selected and copied. Material never enters the report by itself.
 */
public final class MaterialPane extends VBox {

    private final ListView<CollectModel.MaterialRow> list;
    private final TextArea chosen = new TextArea();

    public MaterialPane(ObservableList<CollectModel.MaterialRow> rows, Messages m) {
        super(4);
        list = new ListView<>(rows);
        list.setId("collect-material");
        list.setCellFactory(v -> new MaterialCell());
        chosen.setId("collect-material-text");
        chosen.setEditable(false);
        chosen.setWrapText(true);
        chosen.setPrefRowCount(3);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, row) ->
                chosen.setText(row == null ? "" : row.text()));
        Button copy = new Button(m.get("collect.copyMaterial"));
        copy.setId("collect-material-copy");
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(chosenText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, chosen, copy);
    }

    public ListView<CollectModel.MaterialRow> list() {
        return list;
    }

    /** The part of the chosen paragraph selected below, or all of it when nothing is selected. */
    public String chosenText() {
        return chosen.getSelectedText().isBlank() ? chosen.getText() : chosen.getSelectedText().strip();
    }

    /** A paragraph of material: its department, its text wrapped, the checker's notes as a tooltip; draggable as text. */
    private static final class MaterialCell extends ListCell<CollectModel.MaterialRow> {
        MaterialCell() {
            setWrapText(true);
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem().text());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(CollectModel.MaterialRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("material-flagged");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(row.department() + "：" + row.text() + (row.notes().isEmpty() ? "" : "　⚠ " + row.notes().size()));
            setTooltip(row.notes().isEmpty() ? null : CjkFont.tooltip(String.join("\n", row.notes())));
            if (!row.notes().isEmpty()) {
                getStyleClass().add("material-flagged");
            }
        }
    }
}
