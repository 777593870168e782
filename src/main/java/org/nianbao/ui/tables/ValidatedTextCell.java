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
 * the field is marked (ControlsFX validation) with the reason, and Enter does not commit it.
 */
public class ValidatedTextCell<S> extends TableCell<S, String> {

    public static final String EDITOR_STYLE = "validated-editor";

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
        field.textProperty().addListener((o, a, text) -> {
            String reason = refusal.apply(text);
            field.setTooltip(reason == null ? null : CjkFont.tooltip(reason));
        });
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
        showText(getItem());
        backToTable(typing);
    }

    @Override
    public void commitEdit(String value) {
        boolean typing = typing();
        super.commitEdit(value);
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
