package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;
import org.nianbao.ui.checks.ChecksModel;
import org.nianbao.ui.checks.ChecksPane;
import org.nianbao.ui.checks.FindingView;
import org.nianbao.ui.common.CjkFont;
import org.nianbao.ui.common.DaemonThreads;
import org.nianbao.ui.common.DialogService;
import org.nianbao.ui.common.FileOpener;
import org.nianbao.ui.common.FxDialogService;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineModel;
import org.nianbao.ui.outline.OutlineNode;
import org.nianbao.ui.outline.OutlinePane;
import org.nianbao.ui.session.EditsInOrder;
import org.nianbao.ui.session.History;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.tables.AttachmentsModel;
import org.nianbao.ui.tables.AttachmentsPane;
import org.nianbao.ui.tables.ColumnWidths;
import org.nianbao.ui.tables.ComputedValues;
import org.nianbao.ui.tables.MetricsModel;
import org.nianbao.ui.tables.MetricsPane;
import org.nianbao.ui.tables.ProblemsModel;
import org.nianbao.ui.tables.ProblemsPane;
import org.nianbao.ui.transfer.TransferModel;
import org.nianbao.ui.welcome.SampleReport;
import org.nianbao.ui.welcome.WelcomeDialog;
import org.nianbao.ui.welcome.WelcomeModel;

/**
 * The main window's layout: menus, the outline on the left, the whole report as one document (全文)
 * with the metrics, problem and attachment tabs in the centre, the status line below. It wires views to view models and nothing more.
 */
public final class MainWindow {

    public static final String STATUS_ID = "status";
    /** Where the outline ends and where the checks panel begins, as parts of the window's width, when none are remembered. */
    static final double OUTLINE_DIVIDER = 0.25;
    static final double CHECKS_DIVIDER = 0.72;
    /** With the 审阅 pane open, the checks keep the top third of the right column. */
    static final double CHECKS_OVER_REVIEW = 0.34;
    /** The place name check findings give the metrics table. */
    static final String METRICS_PLACE = "指标";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ReportSession session;
    private final Messages m;
    private final OutlineModel outlineModel;
    private final ReportsModel reports;
    private final OutlinePane outline;
    private final org.nianbao.ui.document.DocumentView document;
    /** The text's and the outline's steps, undone in the order they were made, from either of them. */
    private final History textAndOutline;
    /** The document view with the departments' material beside it (issue 13). */
    private final org.nianbao.ui.collect.MaterialSide materialSide;
    private final Tab documentTab;
    /** True while the outline follows the document's caret: the document then does not scroll. */
    private boolean followingCaret;
    private final MetricsPane metrics;
    private final ProblemsPane problems;
    private final AttachmentsPane attachments;
    /** Each table's own undo history: Ctrl+Z goes to the one holding the focus. */
    private final java.util.Map<javafx.scene.Node, History> histories;
    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private final WindowMenus menus;
    /** Whether Ctrl+Z and Ctrl+Y would do something where the focus is: the Edit menu follows. */
    private final javafx.beans.property.BooleanProperty undoable = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty redoable = new javafx.beans.property.SimpleBooleanProperty();
    private final HBox statusBar;
    private ChecksModel checks;
    private ChecksPane checksPane;
    private TransferModel transfer;
    private DialogService dialogs;

    public MainWindow(ReportSession session, UserSettings settings, Consumer<Path> openDatabase) {
        this.session = session;
        this.m = session.messages();
        this.outlineModel = new OutlineModel(session);
        this.reports = new ReportsModel(session, settings);
        this.outline = new OutlinePane(session, outlineModel);
        this.document = new org.nianbao.ui.document.DocumentView(session);
        this.textAndOutline = new EditsInOrder(document.area().history(), outlineModel.history());
        // RichTextFX takes Ctrl+Z to the area's own history; in the document it is the text's and the outline's
        document.area().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                textAndOutline.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                textAndOutline.redo();
                e.consume();
            }
        });
        this.materialSide = new org.nianbao.ui.collect.MaterialSide(document, session,
                DaemonThreads.single("nianbao-material"));
        documentTab = new Tab(m.get("tab.document"), materialSide);
        documentTab.setId("tab-document");
        documentTab.selectedProperty().addListener((o, was, selected) -> {
            document.setActive(selected);
            if (selected) {
                materialSide.refresh();
            }
        });
        MetricsModel metricsModel = new MetricsModel(session);
        ProblemsModel problemsModel = new ProblemsModel(session);
        AttachmentsModel attachmentsModel = new AttachmentsModel(session);
        this.metrics = new MetricsPane(session, metricsModel);
        this.problems = new ProblemsPane(session, problemsModel);
        this.attachments = new AttachmentsPane(session, attachmentsModel);
        // Weights: the problem and its measure are sentences; a deadline is a whole date (2024-06-30); names
        // and formulas are longer than figures.
        ColumnWidths.keep(problems.table(), settings, 2.8, 1, 1.2, 2, 1.4, 1);
        ColumnWidths.keep(metrics.table(), settings, 3, 1, 0.7, 1.2, 1, 1.6, 1, 1, 1.6);
        this.histories = java.util.Map.of(metrics, metricsModel, problems, problemsModel,
                attachments, attachmentsModel);
        this.dialogs = new FxDialogService(this::window);
        outline.useDialogs(this::dialogs);
        metrics.useDialogs(this::dialogs);
        outline.confirmDeleteWithChildren((heading, count) -> dialogs.confirm(m.get("outline.deleteTitle"),
                m.format("outline.deleteWithChildren", heading, count), m.get("outline.deleteGoOn"),
                m.get("outline.deleteGoBack")));

        outline.tree().getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue().section().id() != null && !followingCaret && documentTab.isSelected()) {
                document.scrollTo(item.getValue().section().id());
            }
        });
        document.caretSectionProperty().addListener((o, a, id) -> followCaret(id));
        HeadingCommands.install(document, outline, outlineModel, session);
        document.onOpenElsewhere(this::openElsewhere);
        Tab metricsTab = lazyTab("tab.metrics", "tab-metrics", metrics);
        Tab problemsTab = lazyTab("tab.problems", "tab-problems", problems);
        Tab attachmentsTab = lazyTab("tab.attachments", "tab-attachments", attachments);
        Tab collectTab = org.nianbao.ui.collect.CollectTab.create(session, this::dialogs, document::addParagraph);
        tabs.getTabs().setAll(documentTab, metricsTab, problemsTab, attachmentsTab, collectTab);
        document.setActive(true);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(outline, tabs);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(outline, false);

        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(session.statusProperty());
        statusBar = new HBox(10, status);
        statusBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");

        this.menus = new WindowMenus(this, reports, openDatabase);
        root.setTop(menus.bar());
        root.setCenter(split);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        if (session.isReadOnly()) {
            outline.setReadOnly();
            for (javafx.scene.layout.BorderPane pane : java.util.List.of(metrics, problems)) {
                pane.getTop().setDisable(true);
            }
            metrics.table().setEditable(false);
            problems.table().setEditable(false);
            attachments.setReadOnly();
            session.tell(m.get("status.readOnly"));
        }
    }

    /** A tab whose pane joins the scene when first shown: the window appears sooner. */
    private Tab lazyTab(String key, String id, javafx.scene.Node content) {
        Tab tab = new Tab(m.get(key));
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content);
            }
        });
        return tab;
    }

    /**
     * A double click on what the document shows but does not edit: the problem's row in its table, the
     * attachment in its tab, the settings for the issuers and the date.
     */
    private void openElsewhere(org.nianbao.ui.document.Block.Kind kind, int index) {
        switch (kind) {
            case PROBLEM -> {
                selectTab("tab-problems");
                if (index < problems.table().getItems().size()) {
                    problems.table().getSelectionModel().clearAndSelect(index);
                    problems.table().scrollTo(index);
                }
                problems.table().requestFocus();
            }
            case ATTACHMENT_TITLE, ATTACHMENT_BODY -> {
                selectTab("tab-attachments");
                attachments.list().getSelectionModel().clearAndSelect(index);
                attachments.list().requestFocus();
            }
            case ISSUER, DATE -> javafx.application.Platform.runLater(this::editSettings);
            default -> { }
        }
    }

    private void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Puts a pane at the right of the window (the checks panel). */
    /** The outline, the centre and the checks: their widths are remembered with the window's place. */
    public SplitPane panes() {
        return split;
    }

    public void addRight(javafx.scene.Node pane, double divider) {
        split.getItems().add(pane);
        split.setDividerPositions(OUTLINE_DIVIDER, divider);
    }

    public Parent root() {
        return root;
    }

    /** A scene with the app's style sheet and the window's shortcuts. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        dress(scene);
        takeOver(scene);
        return scene;
    }

    /** The app's style sheet on a scene (the window's, or the first paint's when the window takes it over). */
    static void dress(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("/org/nianbao/ui/nianbao.css").toExternalForm());
    }

    /** Makes the window, in its font, the content of a dressed scene (its own or the first paint's), with its shortcuts. */
    void takeOver(Scene scene) {
        root.setStyle(CjkFont.style());
        scene.setRoot(root);
        scene.focusOwnerProperty().addListener((o, a, focus) -> followFocus(focus));
        followFocus(scene.getFocusOwner());
        // A table's cell being edited with nothing typed in it (a row just added is edited at once): its
        // text field would take Ctrl+Z and undo nothing; the keys go to the table's history instead.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl field && tableAround(field).isPresent()) {
                if (UNDO.match(e) && !field.isUndoable()) {
                    undo(scene);
                    e.consume();
                } else if ((REDO.match(e) || REDO_SHIFT.match(e)) && !field.isRedoable()) {
                    redo(scene);
                    e.consume();
                }
            }
        });
        // Bubbling handler: the text areas undo their own typing and consume the key first.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                undo(scene);
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                redo(scene);
                e.consume();
            }
        });
    }

    public StringExpression title() {
        String key = session.isReadOnly() ? "app.titleReadOnly" : "app.titleWithReport";
        return Bindings.createStringBinding(() -> session.report() == null ? m.get("app.name")
                : m.format(key, session.report().title()), session.reportProperty());
    }

    public ReportSession session() {
        return session;
    }

    public OutlinePane outline() {
        return outline;
    }

    public OutlineModel outlineModel() {
        return outlineModel;
    }

    public org.nianbao.ui.collect.MaterialSide materialSide() {
        return materialSide;
    }

    public org.nianbao.ui.document.DocumentView document() {
        return document;
    }

    /** The outline shows where the caret is in the document, without scrolling the document back. */
    private void followCaret(Long sectionId) {
        if (sectionId == null || !documentTab.isSelected()) {
            return;
        }
        session.report().outline().stream().filter(e -> sectionId.equals(e.section().id())).findFirst()
                .ifPresent(e -> {
                    followingCaret = true;
                    try {
                        outline.select(org.nianbao.text.SectionNumbering.path(e.path()));
                    } finally {
                        followingCaret = false;
                    }
                });
    }

    public MetricsPane metrics() {
        return metrics;
    }

    public ProblemsPane problems() {
        return problems;
    }

    public AttachmentsPane attachments() {
        return attachments;
    }

    /** The pages beside the document view (视图 → 在全文旁显示页面), built when first shown. */
    public org.nianbao.ui.preview.PreviewBeside pagesBeside() {
        if (pagesBeside == null) {
            pagesBeside = new org.nianbao.ui.preview.PreviewBeside(session, document, documentTab, statusBar);
        }
        return pagesBeside;
    }

    private org.nianbao.ui.preview.PreviewBeside pagesBeside;

    public TabPane tabs() {
        return tabs;
    }

    /**
     * Undo where the officer is: in the document or the outline, the latest step of either (text or
     * structure); in a table, its own; in another text, that text's typing, or, in a table's cell being
     * edited with nothing typed yet (a row just added is edited at once), the table's.
     */
    void undo(Scene scene) {
        javafx.scene.Node focus = scene.getFocusOwner();
        if (focus != document.area() && focus instanceof GenericStyledArea<?, ?, ?> area) {
            area.undo();
        } else if (focus instanceof TextInputControl field) {
            tableAround(field).filter(table -> !field.isUndoable()).ifPresentOrElse(History::undo, field::undo);
        } else {
            historyAt(focus).undo();
        }
    }

    void redo(Scene scene) {
        javafx.scene.Node focus = scene.getFocusOwner();
        if (focus != document.area() && focus instanceof GenericStyledArea<?, ?, ?> area) {
            area.redo();
        } else if (focus instanceof TextInputControl field) {
            tableAround(field).filter(table -> !field.isRedoable()).ifPresentOrElse(History::redo, field::redo);
        } else {
            historyAt(focus).redo();
        }
    }

    /** True while there is something to undo where the focus is. */
    public javafx.beans.value.ObservableBooleanValue undoableProperty() {
        return undoable;
    }

    public javafx.beans.value.ObservableBooleanValue redoableProperty() {
        return redoable;
    }

    /** Binds the undo and redo flags to the history the focus would undo in (as {@link #undo} chooses it). */
    private void followFocus(javafx.scene.Node focus) {
        if (focus != document.area() && focus instanceof GenericStyledArea<?, ?, ?> area) {
            undoable.bind(area.getUndoManager().undoAvailableProperty());
            redoable.bind(area.getUndoManager().redoAvailableProperty());
        } else if (focus instanceof TextInputControl field) {
            java.util.Optional<History> table = tableAround(field);
            undoable.bind(table.<javafx.beans.value.ObservableBooleanValue>map(h -> field.undoableProperty()
                    .or(h.canUndoProperty())).orElse(field.undoableProperty()));
            redoable.bind(table.<javafx.beans.value.ObservableBooleanValue>map(h -> field.redoableProperty()
                    .or(h.canRedoProperty())).orElse(field.redoableProperty()));
        } else {
            History history = historyAt(focus);
            undoable.bind(history.canUndoProperty());
            redoable.bind(history.canRedoProperty());
        }
    }

    private History historyAt(javafx.scene.Node focus) {
        return tableAround(focus).orElse(textAndOutline); // the document, the outline, and the rest of the window
    }

    /** The history of the table (problems, figures, attachments) holding a node, if one does. */
    private java.util.Optional<History> tableAround(javafx.scene.Node focus) {
        for (javafx.scene.Node n = focus; n != null; n = n.getParent()) {
            History h = histories.get(n);
            if (h != null) {
                return java.util.Optional.of(h);
            }
        }
        return java.util.Optional.empty();
    }

    public void editSettings() {
        new ReportSettingsDialog(m, session.report(), dialogs).showAndWait().ifPresent(session::editFields);
    }

    /**
     * Adds what needs the layers below the window: the checks panel and the figure highlighting, the
     * computed column, import and export.
     */
    public void attach(ReportServices services, DialogService dialogs) {
        this.dialogs = dialogs;
        checks = new ChecksModel(session, services);
        checks.findingsProperty().addListener((o, a, b) -> document.showFindings(b));
        checksPane = new ChecksPane(checks, m, this::goTo);
        addRight(checksPane, CHECKS_DIVIDER);
        ComputedValues computed = new ComputedValues(services);
        computed.update(session.report().metrics());
        metrics.setComputed(computed);
        session.reportProperty().addListener((o, a, report) -> {
            if (report != null && (a == null || a.metrics() != report.metrics())) {
                computed.update(report.metrics());
                metrics.table().refresh();
            }
        });
        transfer = new TransferModel(session, services);
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId("transfer-progress");
        progress.visibleProperty().bind(transfer.busyProperty());
        progress.managedProperty().bind(transfer.busyProperty());
        javafx.scene.control.Hyperlink openFile = new javafx.scene.control.Hyperlink(m.get("export.openFile"));
        openFile.setId("open-file");
        openFile.setOnAction(e -> FileOpener.open(transfer.exportedProperty().get()));
        javafx.scene.control.Hyperlink openFolder = new javafx.scene.control.Hyperlink(m.get("export.openFolder"));
        openFolder.setId("open-folder");
        openFolder.setOnAction(e -> FileOpener.open(transfer.exportedProperty().get().toAbsolutePath().getParent()));
        // beside the message that names the file only: after "已保存" they would seem to open something else
        javafx.beans.binding.BooleanBinding offered = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Path file = transfer.exportedProperty().get();
            return file != null && transfer.failureProperty().get() == null
                    && m.format("status.exported", file.toString()).equals(session.statusProperty().get());
        }, transfer.exportedProperty(), transfer.failureProperty(), session.statusProperty());
        for (javafx.scene.control.Hyperlink link : java.util.List.of(openFile, openFolder)) {
            link.visibleProperty().bind(offered);
            link.managedProperty().bind(link.visibleProperty());
        }
        statusBar.getChildren().addAll(progress, openFile, openFolder);
        menus.rebuild();
        checks.runAfterFirstFrame(root);
    }

    /** Stops the window's background work and closes its database (another one is opened, or the app quits). */
    public void close() {
        if (checks != null) {
            checks.close();
            transfer.close();
        }
        session.close();
    }

    public ChecksModel checks() {
        return checks;
    }

    public ChecksPane checksPane() {
        return checksPane;
    }

    public TransferModel transfer() {
        return transfer;
    }

    /** Goes to a finding's place: selects the section and the span, or the metric's row. */
    public void goTo(FindingView f) {
        if (METRICS_PLACE.equals(f.section())) {
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-metrics".equals(t.getId()))
                    .findFirst().orElseThrow());
            if (f.paragraph() >= 0 && f.paragraph() < metrics.table().getItems().size()) {
                metrics.table().getSelectionModel().select(f.paragraph());
                metrics.table().scrollTo(f.paragraph());
            }
            return;
        }
        showSpan(f.section(), f.paragraph(), f.start(), f.end());
    }

    /**
     * Brings the document to the front and selects a span of a section (by its place, 一、（二）): of one
     * of its stored paragraphs, or (-1) of its heading.
     */
    public void showSpan(String place, int paragraph, int start, int end) {
        tabs.getSelectionModel().select(documentTab);
        document.select(place, paragraph, start, Math.max(start, end));
    }

    /**
     * File → 导出: with open errors the officer is told which first ("仍然导出" or "去修改", which goes
     * to the first); the chooser opens in the folder this report was last exported to.
     */
    public void exportFile() {
        java.util.List<FindingView> errors = checks == null ? java.util.List.of() : checks.findings().stream()
                .filter(f -> f.level() == FindingView.Level.ERROR).toList();
        if (!errors.isEmpty() && !dialogs.confirm(m.get("export.errorsTitle"), errorList(errors),
                m.get("export.anyway"), m.get("export.fix"))) {
            goTo(errors.get(0));
            return;
        }
        UserSettings settings = reports.settings();
        java.nio.file.Path database = session.databaseFile();
        long reportId = session.report().id();
        dialogs.saveFileIn(settings.exportFolder(database, reportId), m.get("menu.export"), transfer.suggestedName(),
                        m.get("filter.docx"), java.util.List.of("*.docx"))
                .map(target -> transfer.withExtension(target, "docx"))
                .ifPresent(target -> {
                    if (target.toAbsolutePath().getParent() != null) {
                        settings.rememberExportFolder(database, reportId, target.toAbsolutePath().getParent());
                    }
                    session.saveNow();
                    transfer.export(target);
                });
    }

    private org.nianbao.ui.review.ReviewPane reviewPane;
    /** The checks over the 审阅 pane while it is open. */
    private final SplitPane rightColumn = new SplitPane();

    /** File → 导入审阅意见 (issue 12): asks for the returned .docx and reads it into the 审阅 pane. */
    void importReview() {
        dialogs.openFile(m.get("menu.importReview"), m.get("filter.reviewDocx"), java.util.List.of("*.docx"))
                .ifPresent(file -> reviewPane().importFile(file));
    }

    /**
     * The 审阅 pane, under the checks panel in the window's right column, with the pending changes of
     * the report. Beside the checks rather than beside the whole window: at 1200–1366 px a fourth column
     * left the document some 350 px and the checks 140 px.
     */
    public org.nianbao.ui.review.ReviewPane reviewPane() {
        if (reviewPane == null) {
            reviewPane = new org.nianbao.ui.review.ReviewPane(new org.nianbao.ui.review.ReviewModel(session,
                    DaemonThreads.single("nianbao-review")), m, dialogs);
            org.nianbao.ui.review.ReviewMarks.link(reviewPane, document, m);
            reviewPane.onClose(this::closeReview);
        }
        if (!isReviewShown()) {
            showReview();
            reviewPane.model().refresh();
        }
        return reviewPane;
    }

    /** True while the 审阅 pane is in the window. */
    public boolean isReviewShown() {
        return split.getItems().contains(rightColumn);
    }

    private void showReview() {
        rightColumn.setOrientation(Orientation.VERTICAL);
        double[] dividers = split.getDividerPositions();
        int at = checksPane == null ? -1 : split.getItems().indexOf(checksPane);
        if (at >= 0) {
            split.getItems().set(at, rightColumn);
            rightColumn.getItems().setAll(checksPane, reviewPane);
            split.setDividerPositions(dividers);
        } else {
            rightColumn.getItems().setAll(reviewPane);
            addRight(rightColumn, CHECKS_DIVIDER);
        }
        rightColumn.setDividerPositions(CHECKS_OVER_REVIEW);
    }

    private void closeReview() {
        double[] dividers = split.getDividerPositions();
        int at = split.getItems().indexOf(rightColumn);
        if (at < 0) {
            return;
        }
        rightColumn.getItems().clear();
        if (checksPane != null) {
            split.getItems().set(at, checksPane);
            split.setDividerPositions(dividers);
        } else {
            split.getItems().remove(at);
        }
    }

    /** Asks where to write a PDF and prints the report's pages there. */
    void exportPdf() {
        exportPages("pdf", "menu.exportPdf", "filter.pdf");
    }

    /** Asks where to write an OFD (GB/T 33190) and prints the report's pages there. */
    void exportOfd() {
        exportPages("ofd", "menu.exportOfd", "filter.ofd");
    }

    private void exportPages(String extension, String title, String filter) {
        String name = transfer.suggestedName().replaceAll("\\.docx$", "." + extension);
        dialogs.saveFile(m.get(title), name, m.get(filter), java.util.List.of("*." + extension))
                .map(target -> transfer.withExtension(target, extension))
                .ifPresent(target -> {
                    session.saveNow();
                    transfer.export(target);
                });
    }

    /** The open errors, one a line with their place, at most ten. */
    private String errorList(java.util.List<FindingView> errors) {
        StringBuilder text = new StringBuilder(m.format("export.errorsIntro", String.valueOf(errors.size())));
        errors.stream().limit(10).forEach(f -> text.append('\n').append("· ")
                .append(f.section().isEmpty() ? "" : f.section() + " ").append(f.message()));
        if (errors.size() > 10) {
            text.append('\n').append("……");
        }
        return text.toString();
    }

    /** Asks for a .txt or .docx and imports it; empty when the chooser was cancelled. */
    java.util.Optional<java.util.concurrent.CompletableFuture<org.nianbao.model.Report>> importFile() {
        return dialogs.openFile(m.get("menu.import"), m.get("filter.import"), java.util.List.of("*.txt", "*.docx"))
                .map(transfer::importFile);
    }

    /** Shows the welcome (a first run; Help → 欢迎) over the window, without waiting for it. */
    public WelcomeDialog showWelcome() {
        WelcomeModel model = new WelcomeModel(session, reports, this::importFile, SampleReport::load);
        WelcomeDialog welcome = new WelcomeDialog(m, model, transfer != null && !session.isReadOnly());
        if (window() != null) {
            welcome.initOwner(window());
        }
        welcome.show();
        return welcome;
    }

    /** A first run (the database did not exist before this start) greets the officer. */
    public void welcomeIf(boolean firstRun) {
        if (firstRun) {
            showWelcome();
        }
    }


    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    DialogService dialogs() {
        return dialogs;
    }

    /** Ctrl+F: the find line over the whole document (brought to the front). */
    public void showFind() {
        tabs.getSelectionModel().select(documentTab);
        document.showFind(false);
    }

    /** Ctrl+H: find and replace over the whole document (brought to the front). */
    public void showReplace() {
        tabs.getSelectionModel().select(documentTab);
        document.showFind(true);
    }

    /** Edit → cut, copy, paste, select all: on the text that has the keyboard. */
    void onFocusedText(String action) {
        javafx.scene.Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof GenericStyledArea<?, ?, ?> area) {
            switch (action) {
                case "cut" -> area.cut();
                case "copy" -> area.copy();
                case "paste" -> area.paste();
                default -> area.selectAll();
            }
        } else if (focus instanceof TextInputControl field) {
            switch (action) {
                case "cut" -> field.cut();
                case "copy" -> field.copy();
                case "paste" -> field.paste();
                default -> field.selectAll();
            }
        }
    }

    /** File → 退出 (Ctrl+Q): closes the window as its close box does, so everything typed is saved first. */
    void quit() {
        Window w = window();
        if (w != null) {
            w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            if (w.isShowing()) {
                w.hide();
            }
        }
    }
}
