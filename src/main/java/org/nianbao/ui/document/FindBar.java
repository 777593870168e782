package org.nianbao.ui.document;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.nianbao.ui.common.Messages;

/**
 * Ctrl+F: a line above the editor; Enter goes to the next match, Esc closes it. The keyboard stays in
 * the field while finding (as in Word), so a second Enter finds again instead of typing over the match.
 */
public final class FindBar extends HBox {

    static final String FIELD_ID = "find-field";

    private final TextField field = new TextField();
    private final Label result = new Label();

    /** {@code closed}: where the keyboard goes when the officer closes the line (the text, at the match). */
    public FindBar(Messages m, Consumer<String> findNext, Runnable closed) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("find-bar");
        field.setId(FIELD_ID);
        field.setPromptText(m.get("find.prompt"));
        Button next = new Button(m.get("find.next"));
        next.setOnAction(e -> {
            findNext.accept(field.getText());
            field.requestFocus();
        });
        Button close = new Button(m.get("find.close"));
        close.setOnAction(e -> {
            hide();
            closed.run();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findNext.accept(field.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                closed.run();
                e.consume();
            }
        });
        getChildren().addAll(new Label(m.get("find.label")), field, next, result, close);
        hide();
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        result.setText("");
    }

    public void tell(String text) {
        result.setText(text);
    }
}
