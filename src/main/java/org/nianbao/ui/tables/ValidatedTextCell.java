package org.nianbao.ui.tables;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.nianbao.ui.common.CjkFont;

/**
 * A table cell edited in a text field that refuses, while it is typed, what its column cannot take:
 * the field is marked (ControlsFX validation), the reason stands in a line under the table (a hover
 * alone is missed, and a column is too narrow for a sentence), and Enter does not commit it.
 */
public class ValidatedTextCell<S> extends TableCell<S, String> {

    public static final String EDITOR_STYLE = "validated-editor";
    /** The line under a table that says why what is being typed into one of its cells is refused. */
    public static final String REFUSAL_STYLE = "refusal-line";
    private static final String REFUSAL_LINE = "nianbao.refusalLine";

    private final Function<String, String> refusal;
    private final ValidationSupport validation = new ValidationSupport();
    private TextField field;

    /** @param refusal why a text is refused, or null when it is fine */
    public ValidatedTextCell(Function<String, String> refusal) {
        this.refusal = refusal;
    }

    public ValidationSupport validation() {
        return validation;
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        field = new TextField(getItem() == null ? "" : getItem());
        field.getStyleClass().add(EDITOR_STYLE);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                tryCommit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.textProperty().addListener((o, a, text) -> showReason(refusal.apply(text)));
        validation.registerValidator(field, false,
                (javafx.scene.control.Control c, String text) -> {
                    String reason = refusal.apply(text);
                    return ValidationResult.fromErrorIf(c, reason == null ? "" : reason, reason != null);
                });
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    /**
     * The line that shows, under a table, why what is typed into it is refused (hidden while nothing
     * is): the pane puts it below its table.
     */
    public static javafx.scene.control.Label refusalLine(javafx.scene.control.TableView<?> table) {
        javafx.scene.control.Label line = new javafx.scene.control.Label();
        line.setId(table.getId() + "-refusal");
        line.getStyleClass().add(REFUSAL_STYLE);
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.visibleProperty().bind(line.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        table.getProperties().put(REFUSAL_LINE, line);
        return line;
    }

    /** The reason under the table (if its pane has the line) and on hover; null: the text is fine. */
    private void showReason(String reason) {
        if (field != null) {
            field.setTooltip(reason == null ? null : CjkFont.tooltip(reason));
        }
        if (getTableView() != null
                && getTableView().getProperties().get(REFUSAL_LINE) instanceof javafx.scene.control.Label line) {
            line.setText(reason == null ? "" : reason);
        }
    }

    private void tryCommit() {
        String text = field.getText();
        if (refusal.apply(text) != null) {
            field.requestFocus(); // stays in the field: the mark and the tooltip say why
            return;
        }
        commitEdit(text);
    }

    @Override
    public void cancelEdit() {
        boolean typing = typing();
        super.cancelEdit();
        showReason(null);
        showText(getItem());
        backToTable(typing);
    }

    @Override
    public void commitEdit(String value) {
        boolean typing = typing();
        super.commitEdit(value);
        showReason(null);
        showText(value);
        backToTable(typing);
    }

    private boolean typing() {
        return field != null && field.isFocused();
    }

    /** The field leaves the scene: the table takes the focus, so Ctrl+Z undoes the table's edit. */
    private void backToTable(boolean typing) {
        if (typing && getTableView() != null) {
            getTableView().requestFocus();
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            showText(item);
        }
    }

    private void showText(String item) {
        setText(item);
        setGraphic(null);
    }
}
