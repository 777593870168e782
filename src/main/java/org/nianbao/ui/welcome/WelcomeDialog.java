package org.nianbao.ui.welcome;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.EnumNames;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineTemplate;

/**
 * 欢迎: what Nianbao does, in plain words, and three ways to begin. Each choice closes the welcome;
 * closing it without a choice leaves the report that is open (on a first run, the sample).
 */
public final class WelcomeDialog extends Dialog<Void> {

    public static final String SAMPLE_ID = "welcome-sample";
    public static final String NEW_ID = "welcome-new";
    public static final String OUTLINE_ID = "welcome-outline";
    public static final String IMPORT_ID = "welcome-import";
    public static final String CLOSE_ID = "welcome-close";

    public WelcomeDialog(Messages m, WelcomeModel model, boolean canImport) {
        setTitle(m.get("welcome.title"));
        setHeaderText(m.get("welcome.header"));
        CjkFont.dress(getDialogPane());
        getDialogPane().getStyleClass().add("welcome");
        ButtonType close = new ButtonType(m.get("welcome.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(close);
        getDialogPane().lookupButton(close).setId(CLOSE_ID);

        Label intro = new Label(m.get("welcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-intro");

        Button sample = choice(m.get("welcome.sample"), SAMPLE_ID, model::openSample);
        Button fresh = choice(m.get("welcome.new"), NEW_ID, model::newReport);
        Button importing = choice(m.get("welcome.import"), IMPORT_ID, model::importLastYear);
        importing.setDisable(!canImport);
        ChoiceBox<OutlineTemplate.Kind> outline = new ChoiceBox<>();
        outline.setId(OUTLINE_ID);
        outline.getItems().setAll(OutlineTemplate.Kind.values());
        outline.setConverter(EnumNames.converter(m, "welcome.outline."));
        outline.valueProperty().bindBidirectional(model.outlineProperty());

        GridPane choices = new GridPane();
        choices.setHgap(12);
        choices.setVgap(10);
        choices.addRow(0, sample, hint(m.get("welcome.sample.hint")));
        choices.addRow(1, fresh, outline);
        choices.addRow(2, importing, hint(m.get("welcome.import.hint")));

        VBox content = new VBox(16, intro, choices);
        content.setPadding(new Insets(12, 16, 8, 16));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        setResizable(true);
    }

    private Button choice(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(150);
        button.getStyleClass().add("welcome-choice");
        button.setOnAction(e -> {
            close();
            action.run();
        });
        return button;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("welcome-hint");
        GridPane.setFillWidth(hint, true);
        hint.setAlignment(Pos.CENTER_LEFT);
        return hint;
    }
}
