package org.nianbao.ui.review;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.nianbao.model.ReviewItem;
import org.nianbao.ui.common.DialogService;
import org.nianbao.ui.common.Messages;

/**
 * The 审阅 side pane: the pending changes and comments by section, in document order; inserted text
 * underlined and deleted text struck through in the reviewer's colour; conflicts and changes that
 * break a figure marked; accept or reject one, all of a reviewer, or all; answer a comment, mark it
 * done; undo the last decision.
 */
public final class ReviewPane extends VBox {

    private Runnable onClose = () -> { };

    /** Reviewer colours, as Word's: red, blue, green, violet, orange, teal. */
    static final List<Color> COLOURS = List.of(Color.web("#c0392b"), Color.web("#1f5fbf"), Color.web("#2e7d32"),
            Color.web("#7b1fa2"), Color.web("#d35400"), Color.web("#00796b"));

    private final ReviewModel model;
    private final Messages m;
    private final DialogService dialogs;
    private final ListView<ReviewRow> list = new ListView<>();
    private java.util.function.Predicate<org.nianbao.review.ReportMatch> confirmation = this::askOnFxThread;

    public ReviewPane(ReviewModel model, Messages m, DialogService dialogs) {
        this.model = model;
        this.m = m;
        this.dialogs = dialogs;
        setId("review-pane");
        setSpacing(6);
        setPadding(new Insets(6));
        setPrefWidth(380);
        Label title = new Label(m.get("review.title"));
        title.setStyle("-fx-font-weight: bold;");
        list.setId("review-list");
        list.setItems(model.rows());
        list.setCellFactory(v -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("review-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        Button accept = button("review-accept", "review.accept", () -> selected(model::accept));
        Button reject = button("review-reject", "review.reject", () -> selected(model::reject));
        Button acceptAuthor = button("review-accept-author", "review.acceptAuthor",
                () -> selected(r -> model.acceptAll(r.item().author())));
        Button acceptAll = button("review-accept-all", "review.acceptAll", () -> model.acceptAll(null));
        Button undo = button("review-undo", "review.undo", model::undo);
        undo.disableProperty().bind(model.undoableProperty().not());
        Button reply = button("review-reply", "review.reply", this::reply);
        Button done = button("review-done", "review.done", () -> selected(model::toggleDone));
        // closing keeps the pending changes in the database; the pane shows them again when reopened
        Button close = button("review-close", "review.close", () -> onClose.run());
        FlowPane buttons = new FlowPane(4, 4, accept, reject, acceptAuthor, acceptAll, undo, reply, done, close);
        getChildren().addAll(title, list, buttons, message);
    }

    /** What 关闭 does: the window takes the pane out (the pending changes stay in the database). */
    public void onClose(Runnable action) {
        onClose = action;
    }

    public ListView<ReviewRow> list() {
        return list;
    }

    public ReviewModel model() {
        return model;
    }

    /** Reads a returned file; a file that lost its properties is read after the officer confirms the match. */
    public java.util.concurrent.CompletableFuture<Void> importFile(java.nio.file.Path file) {
        return model.importFile(file, confirmation);
    }

    /** For tests: answers the confirmation instead of a dialog. */
    public void setConfirmation(java.util.function.Predicate<org.nianbao.review.ReportMatch> answer) {
        this.confirmation = answer;
    }

    /** Called off the FX thread: asks on it and waits for the answer. */
    private boolean askOnFxThread(org.nianbao.review.ReportMatch match) {
        try {
            return org.nianbao.ui.common.FxThread.ask(() -> dialogs.confirm(m.get("review.confirmTitle"),
                    m.format("review.confirm", match.title(), match.headingsFound(), match.headings())));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void selected(java.util.function.Consumer<ReviewRow> action) {
        ReviewRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    private void reply() {
        ReviewRow row = list.getSelectionModel().getSelectedItem();
        if (row == null || !row.isComment()) {
            return;
        }
        dialogs.askText(m.get("review.reply"), row.item().newText(), "", "").ifPresent(text -> model.reply(row, text));
    }

    /** A row: section, reviewer in their colour, the change with Word's marks, its state. */
    private final class RowCell extends ListCell<ReviewRow> {
        @Override
        protected void updateItem(ReviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            ReviewItem item = row.item();
            Color colour = COLOURS.get(row.colour() % COLOURS.size());
            Text who = new Text((item.isReply() ? "    ↳ " : "") + item.author()
                    + (item.initials().isEmpty() ? "" : " (" + item.initials() + ")") + "  ");
            who.setFill(colour);
            who.setStyle("-fx-font-weight: bold;");
            TextFlow flow = new TextFlow(who);
            switch (item.kind()) {
                case COMMENT -> {
                    if (!item.isReply()) {
                        flow.getChildren().add(new Text("【" + item.oldText() + "】"));
                    }
                    flow.getChildren().add(new Text(item.newText() + (item.done() ? "  " + m.get("review.isDone") : "")));
                }
                default -> {
                    if (!item.oldText().isEmpty()) {
                        Text deleted = new Text(visible(item.oldText()));
                        deleted.setStrikethrough(true);
                        deleted.setFill(colour);
                        deleted.getStyleClass().add("review-deleted");
                        flow.getChildren().add(deleted);
                    }
                    if (!item.newText().isEmpty() && item.kind() != org.nianbao.model.ReviewKind.MOVED_AWAY) {
                        Text inserted = new Text(visible(item.newText()));
                        inserted.setUnderline(true);
                        inserted.setFill(colour);
                        inserted.getStyleClass().add("review-inserted");
                        flow.getChildren().add(inserted);
                    }
                }
            }
            if (row.conflict()) {
                Text conflict = new Text("  " + m.get("review.conflict") + row.reason());
                conflict.setFill(Color.web("#b00020"));
                // both versions: the reviewer's (struck/underlined above) and what stands there now
                Text now = new Text("  " + m.format("review.currentText", visible(row.current())));
                now.setId("review-current");
                flow.getChildren().addAll(conflict, now);
            } else if (!row.reason().isEmpty()) {
                flow.getChildren().add(new Text("  " + row.reason()));
            }
            if (row.breaksFigure()) {
                Text figure = new Text("  " + m.get("review.breaksFigure"));
                figure.setFill(Color.web("#b00020"));
                flow.getChildren().add(figure);
            }
            Label section = new Label(row.section());
            section.setStyle("-fx-text-fill: #555555; -fx-font-size: 0.9em;");
            VBox box = new VBox(2, section, flow);
            // as wide as the list leaves (the right column's width), less its scroll bar and padding
            flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(120, getListView().widthProperty().subtract(36)));
            setGraphic(box);
        }
    }

    private static String visible(String s) {
        return s.replace("\n", "¶");
    }
}
