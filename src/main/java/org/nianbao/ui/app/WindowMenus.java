package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineTemplate;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.textcheck.TextCheckPane;
import org.nianbao.store.ReportSummary;

/** The menu bar: each item forwards to a view model, through a dialog when it needs a choice. */
final class WindowMenus {

    private final MainWindow window;
    private final ReportSession session;
    private final ReportsModel reports;
    private final Messages m;
    private final Consumer<Path> openDatabase;
    private final Menu file;
    private final Menu edit;
    private final MenuBar bar;

    WindowMenus(MainWindow window, ReportsModel reports, Consumer<Path> openDatabase) {
        this.window = window;
        this.session = window.session();
        this.reports = reports;
        this.m = session.messages();
        this.openDatabase = openDatabase;
        this.file = new Menu(m.get("menu.file"));
        this.edit = new Menu(m.get("menu.edit"));
        MenuItem welcome = item("menu.welcome", window::showWelcome);
        welcome.setId("menu-welcome");
        Menu help = new Menu(m.get("menu.help"), null, welcome);
        javafx.scene.control.CheckMenuItem pages = new javafx.scene.control.CheckMenuItem(m.get("menu.pagesBeside"));
        pages.setId("menu-pages-beside");
        pages.selectedProperty().bindBidirectional(window.pagesBeside().shownProperty());
        Menu view = new Menu(m.get("menu.view"), null, pages);
        this.bar = new MenuBar(file, edit, view, help);
        rebuild();
    }

    MenuBar bar() {
        return bar;
    }

    /** Builds the menus again (recent files change; import and export arrive with the services). */
    void rebuild() {
        MenuItem save = item("menu.save", session::saveNow);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem settings = item("menu.settings", window::editSettings);
        settings.setId("menu-settings");
        Menu recent = new Menu(m.get("menu.recent"));
        fillRecent(recent);
        file.setOnShowing(e -> fillRecent(recent));
        file.getItems().setAll(
                item("menu.newFromTemplate", () -> reports.newFromTemplate(OutlineTemplate.Kind.FIVE_PARTS,
                        reports.defaultYear())),
                item("menu.newFromThreeParts", () -> reports.newFromTemplate(OutlineTemplate.Kind.THREE_PARTS,
                        reports.defaultYear())),
                item("menu.newFromLastYear", reports::newFromLastYear),
                item("menu.openReport", this::chooseReport),
                item("menu.openDatabase", this::chooseDatabase),
                recent);
        if (window.transfer() != null) {
            MenuItem importing = item("menu.import", window::importFile);
            importing.setId("menu-import");
            MenuItem exporting = item("menu.export", window::exportFile);
            exporting.setId("menu-export");
            exporting.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
            MenuItem review = item("menu.importReview", window::importReview);
            review.setId("menu-import-review");
            MenuItem pdf = item("menu.exportPdf", window::exportPdf);
            pdf.setId("menu-export-pdf");
            MenuItem ofd = item("menu.exportOfd", window::exportOfd);
            ofd.setId("menu-export-ofd");
            file.getItems().addAll(new SeparatorMenuItem(), importing, exporting, pdf, ofd, review);
        }
        MenuItem preview = item("preview.title", () -> org.nianbao.ui.preview.PreviewWindow.show(
                window.window(), session.reportProperty(), m));
        preview.setId("menu-preview");
        MenuItem quit = item("menu.quit", window::quit);
        quit.setId("menu-quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        file.getItems().addAll(new SeparatorMenuItem(), preview, save, settings, new SeparatorMenuItem(), quit);

        // The same as Ctrl+Z and Ctrl+Y: the focused text's own history, else the outline's.
        MenuItem undo = item("menu.undo", () -> window.undo(window.root().getScene()));
        MenuItem redo = item("menu.redo", () -> window.redo(window.root().getScene()));
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.disableProperty().bind(Bindings.not(window.undoableProperty()));
        redo.disableProperty().bind(Bindings.not(window.redoableProperty()));
        MenuItem find = item("menu.find", window::showFind);
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem replace = item("menu.replace", window::showReplace);
        replace.setId("menu-replace");
        replace.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));
        // The text keeps its own Ctrl+X/C/V/A: these items name them for those who look in the menu.
        java.util.List<MenuItem> clipboard = java.util.stream.Stream.of("cut", "copy", "paste", "selectAll")
                .map(action -> {
                    MenuItem i = item("menu." + action, () -> window.onFocusedText(action));
                    i.setId("menu-" + action);
                    return i;
                }).toList();
        edit.getItems().setAll(undo, redo, new SeparatorMenuItem());
        edit.getItems().addAll(clipboard);
        MenuItem checkText = item("menu.checkText", () -> TextCheckPane.show(window.root().getScene().getWindow(), m::get));
        edit.getItems().addAll(new SeparatorMenuItem(), find, replace, checkText);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path db : reports.settings().recentDatabases()) {
            recent.getItems().add(plain(db.toString(), () -> openDatabase.accept(db)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void chooseReport() {
        List<ReportChoice> choices = reports.reports().stream().map(ReportChoice::new).toList();
        if (choices.isEmpty()) {
            return;
        }
        ReportChoice current = choices.stream().filter(c -> c.summary().id() == session.report().id())
                .findFirst().orElse(choices.get(0));
        window.dialogs().choose(m.get("menu.openReport"), m.get("dialog.chooseReport"), current, choices)
                .ifPresent(c -> reports.open(c.summary().id()));
    }

    private void chooseDatabase() {
        window.dialogs().openFile(m.get("menu.openDatabase"), m.get("filter.database"), List.of("*.db"))
                .ifPresent(openDatabase);
    }

    private MenuItem item(String key, Runnable action) {
        return plain(m.get(key), action);
    }

    private static MenuItem plain(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A report as the choice list shows it: year and title. */
    private record ReportChoice(ReportSummary summary) {
        @Override
        public String toString() {
            return summary.year() + "  " + summary.title();
        }
    }
}
