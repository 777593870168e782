package org.nianbao.ui.textcheck;

import java.util.function.Function;
import org.nianbao.ui.common.WrappingCell;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nianbao.ui.common.CjkFont;

/**
 * "核对一段文字" (issue 9): the officer pastes a department's material or a press release, without
 * headings, and sees what its figures give: verified, wrong, or which readings were tried. Nothing is
 * stored; the report being edited is not touched.
 */
public final class TextCheckPane extends VBox {

    public static final String INPUT_ID = "text-check-input";
    public static final String RUN_ID = "text-check-run";
    public static final String RESULTS_ID = "text-check-results";
    public static final String SUMMARY_ID = "text-check-summary";

    private final TextArea input = new TextArea();
    private final ListView<String> results = new ListView<>();
    private final Label summary = new Label();
    private final TextCheckModel model;

    /** @param words the window's resource bundle lookup (keys textCheck.*) */
    public TextCheckPane(Function<String, String> words) {
        super(8);
        this.model = new TextCheckModel(words);
        setPadding(new Insets(10));
        setStyle(CjkFont.style()); // a window of its own: it gets the Chinese font here, not from the main one
        input.setId(INPUT_ID);
        input.setWrapText(true);
        input.setPromptText(words.apply("textCheck.prompt"));
        input.setPrefRowCount(8);
        Button run = new Button(words.apply("textCheck.run"));
        run.setId(RUN_ID);
        run.setDefaultButton(true);
        run.setOnAction(e -> check());
        results.setId(RESULTS_ID);
        results.setCellFactory(list -> new WrappingCell());
        results.setPlaceholder(new Label(words.apply("textCheck.empty")));
        summary.setId(SUMMARY_ID);
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(input, run, summary, results);
    }

    /** Opens the pane in its own window over the main one. */
    public static void show(Window owner, Function<String, String> words) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(words.apply("textCheck.title"));
        stage.setScene(new Scene(new TextCheckPane(words), 720, 560));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    /** Checks the text now in the box and lists the figures' findings. */
    void check() {
        TextCheckModel.Result result = model.check(input.getText());
        summary.setText(result.summary());
        results.getItems().setAll(result.lines());
    }


    TextArea input() {
        return input;
    }

    ListView<String> results() {
        return results;
    }
}
