package org.nianbao.ui.preview;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nianbao.model.Report;
import org.nianbao.ui.common.Messages;

/**
 * The page preview in a window of its own beside the main window, following the report as it is
 * edited. (A side pane of the document view can take the same {@link PreviewPane} once the document
 * view is rebuilt.)
 */
public final class PreviewWindow {

    public static final String STAGE_TITLE_KEY = "preview.title";

    private PreviewWindow() {
    }

    /** Opens the preview of {@code report}, which it follows until closed. */
    public static Stage show(Window owner, ObservableValue<Report> report, Messages messages) {
        PreviewModel model = PreviewModel.withInstalledFonts();
        PreviewPane pane = new PreviewPane(model, messages);
        ChangeListener<Report> follow = (obs, old, value) -> model.reportProperty().set(value);
        report.addListener(follow);
        model.reportProperty().set(report.getValue());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get(STAGE_TITLE_KEY));
        stage.setScene(new Scene(pane, 640, 760));
        stage.setOnHidden(e -> {
            report.removeListener(follow);
            model.close();
        });
        stage.show();
        return stage;
    }
}
