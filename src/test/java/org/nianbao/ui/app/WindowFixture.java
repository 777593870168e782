package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.testing.Fixtures;
import org.nianbao.ui.common.AnsweringDialogs;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.welcome.StartupChoice;

/** A main window over a fresh database holding the small 示例区 report, for TestFX tests. */
public final class WindowFixture {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Messages MESSAGES = Messages.of(Locale.SIMPLIFIED_CHINESE);

    public final Path database;
    public final Preferences prefs;
    public final UserSettings settings;
    public final AnsweringDialogs dialogs = new AnsweringDialogs();
    /** The databases the window asked the app to open. */
    public final java.util.List<Path> opened = new java.util.ArrayList<>();
    public ReportSession session;
    public MainWindow window;
    public Report stored;
    /** The report a fresh database starts with. */
    public Report seed = Fixtures.smallReport();
    public double width = 1200;
    public double height = 760;
    /** The tab in front after start: the whole document (全文), as the app starts. */
    public String tab = "tab-document";

    public WindowFixture(Path folder) {
        this(folder, Preferences.userRoot().node("org/nianbao/test/ui" + ProcessHandle.current().pid() + "-"
                + COUNTER.incrementAndGet()));
    }

    /** A second session over the same database and the same remembered settings (the next start). */
    public WindowFixture(Path folder, Preferences prefs) {
        this.database = databaseIn(folder);
        this.prefs = prefs;
        this.settings = new UserSettings(prefs);
    }

    /** Where a fixture over {@code folder} keeps its database. */
    public static Path databaseIn(Path folder) {
        return folder.resolve("nianbao-test.db");
    }

    /** Opens the database (inserting the small report on first use) and shows the window. */
    public MainWindow show(Stage stage) {
        ReportStore store = ReportStore.open(database);
        if (store.list().isEmpty()) {
            store.insert(seed);
        }
        return present(stage, store, StartupChoice.open(store, settings, MESSAGES));
    }

    /**
     * Starts as the app does ({@link Preload}): on a first run (no database file yet) the sample is
     * stored and the welcome shown over the window.
     */
    public MainWindow startAsApp(Stage stage) {
        Preload.Opened opened = Preload.open(database, settings, MESSAGES);
        present(stage, opened.store(), opened.report());
        window.welcomeIf(opened.firstRun());
        return window;
    }

    private MainWindow present(Stage stage, ReportStore store, Report first) {
        session = new ReportSession(store, MESSAGES);
        stored = first;
        session.show(stored);
        window = new MainWindow(session, settings, opened::add);
        window.attach(new CoreServices(), dialogs);
        stage.setScene(window.scene(width, height));
        // the primary stage is shared by every test class: one that sized it for a screenshot (1920×1080)
        // must not leave the next window larger than the screen, its right-hand panes out of the robot's reach
        stage.sizeToScene();
        stage.titleProperty().bind(window.title());
        stage.show();
        selectTab();
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        firstFocus = focused;
        panes = window.panes().getItems().size();
        prefsAtStart = remembered(prefs);
        return window;
    }

    private void selectTab() {
        window.tabs().getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                .ifPresent(t -> window.tabs().getSelectionModel().select(t));
    }

    // ---- one window for the tests of a class (WindowTest.openShared) ----------------------------

    /** What a fresh window has that renew puts back: its first focus, its panes, its remembered settings. */
    private javafx.scene.Node firstFocus;
    private int panes;
    private java.util.Map<String, String> prefsAtStart;

    /**
     * Why the window cannot serve the next test as if it were fresh, if it cannot: what the test
     * changed that {@link #renew} does not put back (a closed or other database, an export's result,
     * a pane added beside, a remembered setting).
     */
    public java.util.Optional<String> whyNotReusable() {
        if (window == null) {
            return java.util.Optional.of("no window");
        }
        try {
            session.store().list();
        } catch (RuntimeException e) {
            return java.util.Optional.of("its database is closed");
        }
        if (!database.equals(session.databaseFile())) {
            return java.util.Optional.of("another database is open");
        }
        var transfer = window.transfer();
        if (transfer.busyProperty().get() || transfer.exportedProperty().get() != null
                || transfer.failureProperty().get() != null) {
            return java.util.Optional.of("an import or export left its result");
        }
        if (window.panes().getItems().size() != panes || window.isReviewShown()) {
            return java.util.Optional.of("a pane was added beside");
        }
        if (!remembered(prefs).equals(prefsAtStart)) {
            return java.util.Optional.of("a setting was remembered");
        }
        return java.util.Optional.empty();
    }

    /**
     * The same window again as a fresh one over a fresh database would show it, for the next test:
     * the database holds the seed alone (stored anew), the undo histories start again, the dialogs'
     * answers and questions are forgotten, the first tab is in front, the caret at the start, the find
     * bar closed and empty, the focus where a new window puts it. Runs on the FX thread (in @Start).
     */
    public void renew(Stage stage) {
        session.saveNow();
        ReportStore store = session.store();
        stored = session.write(() -> {
            // stored before the old ones go, so its id is new: the window then sees another report
            // (histories start again) rather than the same one changed
            Report fresh = store.insert(seed);
            for (org.nianbao.store.ReportSummary r : store.list()) {
                if (r.id() != fresh.id()) {
                    store.deleteReport(r.id());
                }
            }
            return fresh;
        });
        dialogs.reset();
        opened.clear();
        session.show(stored);
        emptyFindBar(window.root());
        var area = window.document().area();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        selectTab();
        stage.sizeToScene();
        stage.show();
        if (firstFocus != null) {
            firstFocus.requestFocus();
        }
    }

    private static void emptyFindBar(javafx.scene.Parent parent) {
        for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof org.nianbao.ui.document.DocumentFindBar bar) {
                bar.lookupAll(".text-field").forEach(n -> ((javafx.scene.control.TextInputControl) n).clear());
                bar.close();
            } else if (child instanceof javafx.scene.Parent p) {
                emptyFindBar(p);
            }
        }
    }

    /** Every remembered setting under the node, by its path. */
    private static java.util.Map<String, String> remembered(Preferences node) {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try {
            for (String key : node.keys()) {
                all.put(node.absolutePath() + "/" + key, node.get(key, null));
            }
            for (String child : node.childrenNames()) {
                all.putAll(remembered(node.node(child)));
            }
        } catch (BackingStoreException | IllegalStateException e) {
            all.put("unreadable", e.toString());
        }
        return all;
    }

    /** Ctrl+S from the test thread: waits until every edit is on disk. */
    public void saveNow() {
        org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, session::saveNow);
    }

    /** The report as stored, read through a second connection. */
    public Report reload() {
        saveNow();
        try (ReportStore store = ReportStore.open(database)) {
            return store.load(stored.id());
        }
    }

    /** Waits until the checks have run on the report as it is now. */
    public void awaitChecks() {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !window.checks().runningProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the checks did not finish", e);
        }
        FxSettle.settle();
    }

    public void close() {
        if (window != null) {
            window.close();
        } else if (session != null) {
            session.close();
        }
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // a test preference node left behind does no harm
        }
    }
}
