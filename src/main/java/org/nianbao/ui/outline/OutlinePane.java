package org.nianbao.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.DialogService;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.OutlineTree;
import org.nianbao.ui.session.ReportSession;

/** The outline on the left: the sections with their live numbers, and the buttons that change it. */
public final class OutlinePane extends BorderPane {

    public static final String TREE_ID = "outline";

    private final ReportSession session;
    private final OutlineModel model;
    private final Messages messages;
    private final TreeView<OutlineNode> tree = new TreeView<>(new TreeItem<>());

    /** Asked before a section with sub-sections goes: (heading, how many sections go with it) → go on. */
    private java.util.function.BiPredicate<String, Integer> confirmDeleteWithChildren = (heading, count) -> true;
    private java.util.function.Supplier<DialogService> dialogs;

    /** The question asked before a section that has sub-sections is deleted (the window's dialog). */
    public void confirmDeleteWithChildren(java.util.function.BiPredicate<String, Integer> question) {
        this.confirmDeleteWithChildren = question;
    }

    /** The window's dialogs, asked when one is needed (tests replace them after the pane is built). */
    public void useDialogs(java.util.function.Supplier<DialogService> dialogs) {
        this.dialogs = dialogs;
    }

    /** Deletes the section; one with sub-sections only when the officer confirms, since they all go. */
    private void delete(List<Integer> address) {
        Section section = OutlineTree.at(session.report().sections(), address);
        int below = section == null ? 0 : descendants(section);
        if (below > 0 && !confirmDeleteWithChildren.test(section.heading(), below)) {
            return;
        }
        model.delete(address);
    }

    private static int descendants(Section section) {
        int n = 0;
        for (Section child : section.children()) {
            n += 1 + descendants(child);
        }
        return n;
    }

    public OutlinePane(ReportSession session, OutlineModel model) {
        this.session = session;
        this.model = model;
        this.messages = session.messages();
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        tree.setCellFactory(t -> new NodeCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(this::delete);
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                rename();
                e.consume();
            } else if (structureKey(e)) {
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        setTop(toolbar());
        setCenter(tree);
        getStyleClass().add("outline-pane");
        session.structureVersionProperty().addListener((o, a, b) -> rebuild());
        session.reportProperty().addListener((o, a, b) -> refreshLabels());
        model.focusProperty().addListener((o, a, b) -> select(b));
        rebuild();
    }

    /** For a database that cannot be written: the outline shows but does not change. */
    public void setReadOnly() {
        getTop().setDisable(true);
        tree.setOnKeyPressed(null);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(OutlineNode node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : node.label());
            }
        });
    }

    public TreeView<OutlineNode> tree() {
        return tree;
    }

    /** The selected section's address. */
    public Optional<List<Integer>> selected() {
        TreeItem<OutlineNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? Optional.empty() : Optional.of(item.getValue().address());
    }

    /** Word's outline keys: Alt+Shift+↑/↓ move, Alt+Shift+←/→ promote and demote. */
    /**
     * Word's outline keys on the selected section (Alt+Shift+↑↓ move, ←→ promote and demote); true
     * when the key was one. The document passes them here for the heading under its caret.
     */
    public boolean structureKey(javafx.scene.input.KeyEvent e) {
        return e.isAltDown() && e.isShiftDown() && wordOutlineKey(e.getCode());
    }

    private boolean wordOutlineKey(KeyCode code) {
        Optional<List<Integer>> at = selected();
        if (at.isEmpty()) {
            return false;
        }
        switch (code) {
            case UP -> model.moveUp(at.get());
            case DOWN -> model.moveDown(at.get());
            case LEFT -> model.promote(at.get());
            case RIGHT -> model.demote(at.get());
            default -> {
                return false;
            }
        }
        return true;
    }

    private FlowPane toolbar() {
        FlowPane bar = new FlowPane(4, 4,
                button("outline-add", "outline.add", () -> model.addAfter(selected().orElse(null),
                        messages.get("outline.newHeading"))),
                button("outline-add-child", "outline.addChild", () -> selected().ifPresent(a ->
                        model.addChild(a, messages.get("outline.newHeading")))),
                button("outline-delete", "outline.delete", () -> selected().ifPresent(this::delete)),
                button("outline-rename", "outline.rename", this::rename),
                button("outline-up", "outline.up", () -> selected().ifPresent(model::moveUp)),
                button("outline-down", "outline.down", () -> selected().ifPresent(model::moveDown)),
                button("outline-promote", "outline.promote", () -> selected().ifPresent(model::promote)),
                button("outline-demote", "outline.demote", () -> selected().ifPresent(model::demote)));
        bar.getStyleClass().add("outline-toolbar");
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key + ".short"));
        b.setId(id);
        b.setTooltip(CjkFont.tooltip(messages.get(key)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void rename() {
        selected().ifPresent(address -> {
            Section s = OutlineTree.at(session.report().sections(), address);
            dialogs.get().askText(messages.get("outline.rename"), null, messages.get("outline.renamePrompt"), s.heading())
                    .ifPresent(h -> model.rename(address, h));
        });
    }

    private void rebuild() {
        Report report = session.report();
        List<Integer> keep = model.focusProperty().get();
        Optional<List<Integer>> was = selected();
        TreeItem<OutlineNode> root = new TreeItem<>();
        if (report != null) {
            addChildren(root, report.sections(), List.of());
        }
        root.setExpanded(true);
        tree.setRoot(root);
        select(was.orElse(keep));
    }

    private void addChildren(TreeItem<OutlineNode> parent, List<Section> sections, List<Integer> prefix) {
        for (int i = 0; i < sections.size(); i++) {
            List<Integer> address = OutlineTree.child(prefix, i);
            TreeItem<OutlineNode> item = new TreeItem<>(new OutlineNode(sections.get(i), address));
            item.setExpanded(true);
            addChildren(item, sections.get(i).children(), address);
            parent.getChildren().add(item);
        }
    }

    /** After a text edit: the changed sections' labels follow, without rebuilding the tree. */
    private void refreshLabels() {
        Report report = session.report();
        if (report != null) {
            refresh(tree.getRoot().getChildren(), report.sections());
        }
    }

    private void refresh(List<TreeItem<OutlineNode>> items, List<Section> sections) {
        if (items.size() != sections.size()) {
            return; // a structure change is on its way and rebuilds
        }
        for (int i = 0; i < items.size(); i++) {
            TreeItem<OutlineNode> item = items.get(i);
            Section now = sections.get(i);
            if (item.getValue().section() != now) {
                item.setValue(new OutlineNode(now, item.getValue().address()));
                refresh(item.getChildren(), now.children());
            }
        }
    }

    /** Selects the section whose numbering path is {@code place} (一、（二）); false when there is none. */
    public boolean select(String place) {
        TreeItem<OutlineNode> found = find(tree.getRoot(), place);
        if (found == null) {
            return false;
        }
        select(found.getValue().address());
        return true;
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, String place) {
        for (TreeItem<OutlineNode> child : item.getChildren()) {
            if (child.getValue().place().equals(place)) {
                return child;
            }
            TreeItem<OutlineNode> below = find(child, place);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private void select(List<Integer> address) {
        if (address == null || address.isEmpty()) {
            if (!tree.getRoot().getChildren().isEmpty() && tree.getSelectionModel().isEmpty()) {
                tree.getSelectionModel().select(tree.getRoot().getChildren().get(0));
            }
            return;
        }
        TreeItem<OutlineNode> item = tree.getRoot();
        for (int index : address) {
            if (index >= item.getChildren().size()) {
                break;
            }
            item = item.getChildren().get(index);
        }
        if (item != tree.getRoot()) {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    /** A row of the outline: the number, the heading, and drag and drop onto another row. */
    private final class NodeCell extends TreeCell<OutlineNode> {
        NodeCell() {
            // No width of its own: a long heading ends in … at the pane's edge (whole on hover).
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(addressText(getItem().address()));
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (getItem() != null && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    mark(dropAt(e.getY()));
                }
                e.consume();
            });
            setOnDragExited(e -> mark(null));
            setOnDragDropped(e -> {
                mark(null);
                boolean done = false;
                if (getItem() != null && e.getDragboard().hasString()) {
                    done = model.drop(parseAddress(e.getDragboard().getString()), getItem().address(),
                            dropAt(e.getY()));
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        /** Shows where a drop would put the section: a line above or below the row, or the row framed. */
        private void mark(OutlineModel.Drop where) {
            for (OutlineModel.Drop d : OutlineModel.Drop.values()) {
                pseudoClassStateChanged(DROP_MARKS.get(d), d == where);
            }
        }

        /** The upper and lower quarter of a row put the section before and after it, the middle inside it. */
        private OutlineModel.Drop dropAt(double y) {
            double h = getHeight();
            if (y < h / 4) {
                return OutlineModel.Drop.BEFORE;
            }
            return y > h * 3 / 4 ? OutlineModel.Drop.AFTER : OutlineModel.Drop.INSIDE;
        }

        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.label());
            // Long headings are cut at the pane's edge: the whole heading shows on hover.
            if (empty || node == null) {
                setTooltip(null);
            } else if (getTooltip() == null) {
                setTooltip(CjkFont.tooltip(node.label()));
            } else {
                getTooltip().setText(node.label());
            }
        }
    }

    /** The row's look while a section is dragged over it: :drop-before, :drop-after, :drop-inside. */
    static final java.util.Map<OutlineModel.Drop, PseudoClass> DROP_MARKS = java.util.Map.of(
            OutlineModel.Drop.BEFORE, PseudoClass.getPseudoClass("drop-before"),
            OutlineModel.Drop.AFTER, PseudoClass.getPseudoClass("drop-after"),
            OutlineModel.Drop.INSIDE, PseudoClass.getPseudoClass("drop-inside"));

    static String addressText(List<Integer> address) {
        return String.join(".", address.stream().map(String::valueOf).toList());
    }

    static List<Integer> parseAddress(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("\\.")) {
            out.add(Integer.parseInt(part));
        }
        return List.copyOf(out);
    }
}
