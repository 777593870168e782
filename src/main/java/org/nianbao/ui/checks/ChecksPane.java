package org.nianbao.ui.checks;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.Messages;

/**
 * The checks panel: findings grouped by severity with their counts; a click (or Enter) on a
 * finding goes to its place.
 */
public final class ChecksPane extends BorderPane {

    public static final String TREE_ID = "checks";
    public static final String SUMMARY_ID = "checks-summary";

    private final ChecksModel model;
    private final Messages m;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Label summary = new Label();

    public ChecksPane(ChecksModel model, Messages messages, Consumer<FindingView> goTo) {
        this.model = model;
        this.m = messages;
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        tree.setOnMouseClicked(e -> {
            // One click goes there (issue 10): the officer reads the finding and the text side by side.
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                selectedFinding(goTo);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedFinding(goTo);
            }
        });
        summary.setId(SUMMARY_ID);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.runningProperty());
        Label title = new Label(m.get("checks.title"));
        title.getStyleClass().add("checks-title");
        summary.setWrapText(true);
        HBox heading = new HBox(8, title, busy);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, heading, summary);
        top.getStyleClass().add("checks-header");
        setTop(top);
        setCenter(tree);
        getStyleClass().add("checks-pane");
        model.findingsProperty().addListener((o, a, list) -> show(list));
        show(model.findings());
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private void selectedFinding(Consumer<FindingView> goTo) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof FindingView f) {
            goTo.accept(f);
        }
    }

    private void show(List<FindingView> findings) {
        summary.setText(m.format("checks.summary", model.count(FindingView.Level.ERROR),
                model.count(FindingView.Level.WARNING), model.count(FindingView.Status.OK),
                model.count(FindingView.Status.UNVERIFIABLE)));
        TreeItem<Object> root = new TreeItem<>();
        for (FindingGroup of : ChecksModel.grouped(findings)) {
            TreeItem<Object> group = new TreeItem<>(new Group(of.level(), of.findings().size()));
            group.setExpanded(true);
            of.findings().forEach(f -> group.getChildren().add(new TreeItem<>(f)));
            root.getChildren().add(group);
        }
        tree.setRoot(root);
    }

    /** A severity heading with its count (the tree's item; the findings hang below it). */
    record Group(FindingView.Level level, int count) {
    }

    /** A group heading, or a finding whose message wraps to the panel's width. */
    private final class FindingCell extends TreeCell<Object> {

        FindingCell() {
            // A cell that asks for no width gets the panel's, so its text wraps instead of scrolling.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
            setText(null);
            setTooltip(null);
            if (empty || item == null) {
                return;
            }
            if (item instanceof Group g) {
                setText(m.format("checks.group." + g.level().name(), g.count()));
                getStyleClass().add("severity-" + g.level().name().toLowerCase(java.util.Locale.ROOT));
            } else if (item instanceof FindingView f) {
                String place = f.section().isEmpty() ? m.get("checks.placeTitle") : f.section();
                setText(place + "  " + f.message());
                setTooltip(CjkFont.tooltip(f.message()));
            }
        }
    }
}
