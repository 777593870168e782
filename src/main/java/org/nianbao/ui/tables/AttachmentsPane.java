package org.nianbao.ui.tables;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.Attachment;
import org.nianbao.model.Report;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/**
 * The attachments tab (附件): the list on the left (add, delete, move), the selected attachment's
 * title and body on the right. It shows and forwards; {@link AttachmentsModel} stores.
 */
public final class AttachmentsPane extends BorderPane {

    public static final String LIST_ID = "attachments";

    private final AttachmentsModel model;
    private final ListView<Attachment> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private List<Attachment> showing;
    /** The stored attachment in the editor: typing in it must not reload it. */
    private Long editing;
    private boolean loading;
    /** The list is being refilled: its passing selection changes are not the officer's. */
    private boolean refreshing;

    public AttachmentsPane(ReportSession session, AttachmentsModel model) {
        this.model = model;
        Messages m = session.messages();
        list.setId(LIST_ID);
        list.setCellFactory(v -> new TitleCell());
        title.setId("attachment-title");
        title.setPromptText(m.get("attachments.titlePrompt"));
        body.setId("attachment-body");
        body.setPromptText(m.get("attachments.bodyPrompt"));
        body.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);

        ToolBar buttons = TableButtons.of(m, "attachments", list, model::add, model::delete, row -> {
            // a new attachment's title is typed first: the caret there, its placeholder name selected
            title.requestFocus();
            title.selectAll();
        });
        buttons.getItems().addAll(
                TableButtons.button(m, "attachments", "up", () -> select(model.moveUp(selected()))),
                TableButtons.button(m, "attachments", "down", () -> select(model.moveDown(selected()))));
        setTop(buttons);
        SplitPane split = new SplitPane(list, new VBox(6, title, body));
        split.setDividerPositions(0.38);
        setCenter(split);

        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!refreshing) {
                show(item);
            }
        });
        title.setOnAction(e -> rename());
        title.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                rename();
            }
        });
        body.textProperty().addListener((o, a, text) -> {
            if (!loading && selected() >= 0) {
                model.setBody(selected(), text);
            }
        });
        session.reportProperty().addListener((o, a, report) -> refresh(report));
        refresh(session.report());
        show(null);
    }

    public ListView<Attachment> list() {
        return list;
    }

    public TextField title() {
        return title;
    }

    public TextArea body() {
        return body;
    }

    /** Disables every edit: the database cannot be written. */
    public void setReadOnly() {
        getTop().setDisable(true);
        title.setEditable(false);
        body.setEditable(false);
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void select(int row) {
        if (row >= 0) {
            list.getSelectionModel().clearAndSelect(row);
        }
    }

    private void rename() {
        int row = selected();
        if (!loading && row >= 0 && !title.getText().equals(list.getItems().get(row).title())
                && !model.rename(row, title.getText())) {
            title.setText(list.getItems().get(row).title());
        }
    }

    private void refresh(Report report) {
        if (report == null || report.attachments() == showing) {
            return;
        }
        showing = report.attachments();
        int row = selected();
        refreshing = true;
        try {
            list.getItems().setAll(showing);
            select(Math.min(row, showing.size() - 1));
        } finally {
            refreshing = false;
        }
        show(list.getSelectionModel().getSelectedItem());
    }

    /** Puts an attachment in the editor; the one being typed in keeps its text and caret. */
    private void show(Attachment item) {
        loading = true;
        try {
            if (item != null && Objects.equals(item.id(), editing)) {
                if (!title.isFocused()) {
                    title.setText(item.title());
                }
                return;
            }
            editing = item == null ? null : item.id();
            title.setText(item == null ? "" : item.title());
            body.setText(item == null ? "" : AttachmentsModel.text(item));
            title.setDisable(item == null);
            body.setDisable(item == null);
        } finally {
            loading = false;
        }
    }

    /** 附件1  title */
    private final class TitleCell extends ListCell<Attachment> {
        @Override
        protected void updateItem(Attachment item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title());
        }
    }
}
