package org.nianbao.ui.collect;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.nianbao.model.Report;
import org.nianbao.ui.session.ReportSession;

/**
 * The document view with the departments' material beside it (issue 13): the officer drags a
 * paragraph into the text where it belongs, or copies part of it. Shown only when the report has
 * material; read off the FX thread whenever the document comes to the front.
 */
public final class MaterialSide extends SplitPane {

    private final ReportSession session;
    private final Executor background;
    private final ObservableList<CollectModel.MaterialRow> rows = FXCollections.observableArrayList();
    private final VBox side;
    private final MaterialPane pane;

    public MaterialSide(Node document, ReportSession session, Executor background) {
        this.session = session;
        this.background = background;
        this.pane = new MaterialPane(rows, session.messages());
        Label title = new Label(session.messages().get("document.material"));
        title.setWrapText(true);
        side = new VBox(4, title, pane);
        side.setId("document-material");
        side.setPadding(new Insets(4));
        VBox.setVgrow(pane, javafx.scene.layout.Priority.ALWAYS);
        getItems().add(document);
    }

    public MaterialPane pane() {
        return pane;
    }

    /** Reads the material again; the pane shows when there is some and goes when there is none. */
    public CompletableFuture<Void> refresh() {
        Report report = session.report();
        if (report == null || report.id() == null) {
            return CompletableFuture.completedFuture(null);
        }
        long id = report.id();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> CollectModel.materialOf(session.store(), id), background)
                .whenComplete((material, error) -> Platform.runLater(() -> {
                    show(error == null ? material : List.of());
                    shown.complete(null);
                }));
        return shown;
    }

    private void show(List<CollectModel.MaterialRow> material) {
        rows.setAll(material);
        boolean wanted = !material.isEmpty();
        if (wanted && !getItems().contains(side)) {
            getItems().add(side);
            setDividerPositions(0.7);
        } else if (!wanted) {
            getItems().remove(side);
        }
    }
}
