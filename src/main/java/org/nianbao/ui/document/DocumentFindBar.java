package org.nianbao.ui.document;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.nianbao.ui.common.Messages;

/**
 * Find and replace over the whole document (Ctrl+F, Ctrl+H), headings included: the number of
 * matches, next and previous, replace, replace all as one undo step. The keyboard stays in the bar
 * while finding, so Enter finds again and never types into the document; Esc returns to the text.
 */
public final class DocumentFindBar extends FlowPane {

    public static final String FIND_ID = "document-find";
    public static final String REPLACE_ID = "document-replace";

    private final DocumentArea area;
    private final Messages m;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label result = new Label();

    public DocumentFindBar(DocumentArea area, Messages m) {
        super(12, 4);
        this.area = area;
        this.m = m;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("find-bar");
        find.setId(FIND_ID);
        find.setPromptText(m.get("find.prompt"));
        replace.setId(REPLACE_ID);
        replace.setPromptText(m.get("find.replacePrompt"));
        result.setId("document-find-result");
        Button previous = button("find.previous", "document-find-previous", this::previous);
        Button next = button("find.next", "document-find-next", this::next);
        Button one = button("find.replace", "document-replace-one", this::replaceOne);
        Button all = button("find.replaceAll", "document-replace-all", this::replaceAll);
        Button close = button("find.close", "document-find-close", this::close);
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        find.textProperty().addListener((o, a, b) -> count());
        // inside the bar Ctrl+H and Ctrl+F move between 查找 and 替换为 as the menu keys do elsewhere;
        // without this a text field takes Ctrl+H for "delete the character before the cursor"
        for (TextField field : List.of(find, replace)) {
            field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.isShortcutDown() && (e.getCode() == KeyCode.H || e.getCode() == KeyCode.F)) {
                    open(e.getCode() == KeyCode.H);
                    e.consume();
                }
            });
        }
        // two groups that wrap as one when the document pane is narrow (a 1366-px laptop with the outline
        // and checks open): a button never shows "…" instead of its name
        find.setPrefColumnCount(12);
        replace.setPrefColumnCount(12);
        HBox finding = group(new Label(m.get("find.label")), find, previous, next, result);
        HBox replacing = group(new Label(m.get("find.replaceLabel")), replace, one, all, close);
        getChildren().addAll(finding, replacing);
        setVisible(false);
        setManaged(false);
    }

    private static HBox group(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Label || n instanceof Button) {
                ((Control) n).setMinWidth(Control.USE_PREF_SIZE);
            }
        }
        HBox group = new HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> {
            action.run();
            if (isVisible()) {
                find.requestFocus(); // the keyboard stays in the bar
            }
        });
        return b;
    }

    /** Ctrl+F (replacing false) or Ctrl+H: the bar with the selected text to find. */
    public void open(boolean replacing) {
        setVisible(true);
        setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        // as Word's Ctrl+H: the cursor in 查找 until there is something to find, then in 替换为
        TextField focus = replacing && !find.getText().isEmpty() ? replace : find;
        focus.requestFocus();
        focus.selectAll();
        count();
    }

    public void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    void next() {
        show(TextSearch.next(area.getText(), find.getText(), area.getSelection().getEnd()));
    }

    void previous() {
        show(TextSearch.previous(area.getText(), find.getText(), area.getSelection().getStart()));
    }

    private void show(java.util.OptionalInt at) {
        if (at.isEmpty()) {
            result.setText(m.format("find.none", find.getText()));
            return;
        }
        area.selectRange(at.getAsInt(), at.getAsInt() + find.getText().length());
        area.showSelectionWithContext();
        count();
    }

    /** Replaces the selected match (when it is one) and goes to the next. */
    void replaceOne() {
        if (!find.getText().isEmpty() && area.getSelectedText().equals(find.getText())) {
            area.replaceSelection(replace.getText());
        }
        next();
    }

    void replaceAll() {
        int n = area.replaceAll(find.getText(), replace.getText());
        java.util.Map<Block.Kind, Integer> left = area.elsewhere(find.getText());
        result.setTooltip(null);
        if (left.isEmpty()) {
            result.setText(m.format("find.replaced", String.valueOf(n)));
            return;
        }
        // the problem list, the attachments and the signature are edited in their tabs and the settings
        String places = left.keySet().stream().map(DocumentFindBar::placeKey).distinct().map(m::get)
                .collect(java.util.stream.Collectors.joining("、"));
        int count = left.values().stream().mapToInt(Integer::intValue).sum();
        result.setText(m.format("find.replacedLeft", String.valueOf(n), places, String.valueOf(count)));
        result.setTooltip(new javafx.scene.control.Tooltip(m.format("find.replacedLeft.tip", places, String.valueOf(count))));
    }

    private static String placeKey(Block.Kind kind) {
        return switch (kind) {
            case PROBLEM -> "find.place.problems";
            case ATTACHMENT_TITLE, ATTACHMENT_BODY -> "find.place.attachments";
            default -> "find.place.signature";
        };
    }

    private void count() {
        String query = find.getText();
        result.setTooltip(null);
        result.setText(query.isEmpty() ? "" : m.format("find.count", String.valueOf(TextSearch.count(area.getText(), query))));
    }
}
