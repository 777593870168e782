package org.nianbao.ui.collect;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nianbao.ui.common.WrappingCell;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.nianbao.model.Department;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.DialogService;
import org.nianbao.ui.common.Messages;

/**
 * The 数据收集 view: departments with their state and missing figures, a button to make the forms,
 * returned files taken by button or by dropping them on the view, and the departments' material,
 * which the officer drags into the text or adds to the selected section. It only shows and forwards;
 * {@link CollectModel} holds the state.
 */
public final class CollectView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final CollectModel model;
    private final Messages m;
    private final TableView<CollectModel.DepartmentRow> table = new TableView<>();
    private final DatePicker deadline = new DatePicker(LocalDate.now().plusWeeks(2));
    private Function<String, Optional<Path>> folderChooser;
    private Supplier<List<Path>> filesChooser;
    private Long lastSelected;

    /**
     * @param addToSection puts a paragraph of material at the end of the section selected in the outline;
     *                     null when the window has no outline to take it
     */
    public CollectView(CollectModel model, Messages messages, DialogService dialogs, Consumer<String> addToSection) {
        this.model = model;
        this.m = messages;
        this.folderChooser = dialogs::chooseFolder;
        this.filesChooser = () -> dialogs.openFiles(m.get("collect.importForms"), m.get("collect.filter.forms"),
                List.of("*.xlsx", "*.docx", "*.txt"));
        setId("collect-view");

        Button make = new Button(m.get("collect.makeForms"));
        make.setId("collect-make-forms");
        make.setOnAction(e -> folderChooser.apply(m.get("collect.chooseFolder"))
                .ifPresent(folder -> model.makeForms(folder, deadline.getValue())));
        deadline.setId("collect-deadline");
        deadline.setPrefWidth(130);
        deadline.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        Button take = new Button(m.get("collect.importForms"));
        take.setId("collect-import");
        take.setOnAction(e -> {
            List<Path> files = filesChooser.get();
            if (!files.isEmpty()) {
                model.takeFiles(files, selected());
            }
        });
        Label summary = new Label();
        summary.setId("collect-summary");
        summary.textProperty().bind(model.summaryProperty());
        HBox bar = new HBox(8, make, deadline, take, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);

        table.setId("collect-departments");
        table.setItems(model.departments());
        table.getColumns().setAll(List.of(
                column("collect.column.department", 150, CollectModel.DepartmentRow::name),
                column("collect.column.state", 70, CollectModel.DepartmentRow::state),
                column("collect.column.sent", 120, r -> time(r.department().sentAt())),
                column("collect.column.returned", 120, r -> time(r.department().returnedAt())),
                column("collect.column.missing", 220, r -> String.join("、", r.missing()))));
        // the constrained policy squeezed every column to "…" in the half of a laptop's pane; these scroll
        org.nianbao.ui.tables.ColumnWidths.share(table, 2, 1, 1.6, 1.6, 3);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                lastSelected = row.department().id();
            }
            model.select(row == null ? null : row.department());
        });
        // the rows are new after every action: the department chosen stays chosen
        model.departments().addListener((javafx.collections.ListChangeListener<CollectModel.DepartmentRow>) c ->
                model.departments().stream().filter(r -> r.department().id().equals(lastSelected)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r)));
        TableView<CollectModel.FigureRow> figures = new TableView<>(model.figures());
        figures.setId("collect-figures");
        figures.setPlaceholder(new Label(m.get("collect.figures.placeholder")));
        figures.getColumns().setAll(List.of(
                figureColumn("collect.column.metric", 200, CollectModel.FigureRow::metric),
                figureColumn("collect.column.value", 100, CollectModel.FigureRow::value),
                figureColumn("collect.column.source", 260, CollectModel.FigureRow::source)));
        org.nianbao.ui.tables.ColumnWidths.share(figures, 2.5, 1.2, 3);
        SplitPane left = new SplitPane(table, figures);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);

        ListView<String> results = new ListView<>(model.messages());
        results.setId("collect-messages");
        results.setCellFactory(v -> new WrappingCell());
        MaterialPane material = new MaterialPane(model.material(), m);
        Button add = new Button(m.get("collect.addToSection"));
        add.setId("collect-add-to-section");
        add.disableProperty().bind(material.list().getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> addToSection.accept(material.chosenText()));
        add.setVisible(addToSection != null);
        add.setManaged(addToSection != null);
        VBox right = new VBox(4, new Label(m.get("collect.messages")), results, new Label(m.get("collect.material")),
                material, add);
        right.setPadding(new Insets(0, 0, 0, 6));
        VBox.setVgrow(results, Priority.SOMETIMES);
        VBox.setVgrow(material, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        Label hint = new Label(m.get("collect.dropHint"));
        hint.setPadding(new Insets(4, 6, 4, 6));
        // while forms are read in the background: which file of how many, and how far
        javafx.scene.control.ProgressBar importing = new javafx.scene.control.ProgressBar();
        importing.setId("collect-progress");
        importing.progressProperty().bind(model.fractionProperty());
        Label progress = new Label();
        progress.setId("collect-progress-text");
        progress.textProperty().bind(model.progressProperty());
        HBox busy = new HBox(6, importing, progress);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        setBottom(new HBox(12, hint, busy));

        // Returned forms and material files dropped anywhere on the view
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Dragboard board = e.getDragboard();
            boolean taken = board.hasFiles();
            if (taken) {
                model.takeFiles(board.getFiles().stream().map(File::toPath).toList(), selected());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private Department selected() {
        CollectModel.DepartmentRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.department();
    }

    public TableView<CollectModel.DepartmentRow> table() {
        return table;
    }

    /** Tests answer the folder and file choosers with paths. */
    public void setChoosers(Function<String, Optional<Path>> folders, Supplier<List<Path>> files) {
        this.folderChooser = folders;
        this.filesChooser = files;
    }

    private TableColumn<CollectModel.DepartmentRow, String> column(String key, double width,
                                                                   Function<CollectModel.DepartmentRow, String> value) {
        return textColumn(key, width, value);
    }

    private TableColumn<CollectModel.FigureRow, String> figureColumn(String key, double width,
                                                                     Function<CollectModel.FigureRow, String> value) {
        return textColumn(key, width, value);
    }

    private <R> TableColumn<R, String> textColumn(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static String time(java.time.LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }
}
