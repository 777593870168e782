package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.nianbao.model.BadInputException;
import org.nianbao.store.DatabaseLocation;
import org.nianbao.ui.common.FxDialogService;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/** The desktop window: opens the database, shows the last report, and switches databases on request. */
public final class DesktopApp extends Application {

    /** System property: print the JVM uptime when the window is shown, then exit (startup benchmark). */
    public static final String STARTUP_PROBE = "nianbao.startupProbe";

    private static final UserSettings SETTINGS = UserSettings.forUser();
    private static final Messages MESSAGES = Messages.load(SETTINGS.language());
    private static volatile Path database;
    private static volatile CompletableFuture<Preload.Opened> preloaded;

    private Stage stage;
    private MainWindow window;

    /** Starts JavaFX with the database to open (null: the default one). */
    public static void launchWith(Path db) {
        MESSAGES.applyToJavaFx();
        database = DatabaseLocation.resolve(db);
        preloaded = Preload.start(database, SETTINGS, MESSAGES);
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        stage.setTitle(MESSAGES.get("app.name"));
        CompletableFuture<Preload.Opened> first = preloaded != null ? preloaded
                : CompletableFuture.supplyAsync(() -> Preload.open(DatabaseLocation.resolve(database), SETTINGS, MESSAGES));
        if (!show(database, first)) {
            Platform.exit();
        }
    }

    /** Opens another database in the window (File → Open database, Recent). */
    void open(Path file) {
        show(file, CompletableFuture.supplyAsync(() -> Preload.open(file, SETTINGS, MESSAGES)));
    }

    private boolean show(Path file, CompletableFuture<Preload.Opened> opening) {
        Preload.Opened opened;
        try {
            opened = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            new FxDialogService(() -> window == null ? null : window.window()).showError(MESSAGES.get("error.openTitle"),
                    MESSAGES.format("error.openDatabase", file,
                    cause instanceof BadInputException b ? b.chinese() : String.valueOf(cause.getMessage())));
            return false;
        }
        if (window != null) {
            ReportPlace.remember(window, SETTINGS);
            window.close();
        }
        ReportSession session = new ReportSession(opened.store(), MESSAGES);
        session.show(opened.report());
        window = new MainWindow(session, SETTINGS, this::open);
        window.attach(new CoreServices(), new FxDialogService(window::window));
        javafx.geometry.Rectangle2D first = WindowPlace.firstSize(javafx.stage.Screen.getPrimary().getVisualBounds());
        stage.setScene(window.scene(first.getWidth(), first.getHeight()));
        stage.titleProperty().bind(window.title());
        boolean placed = WindowPlace.restore(stage, window.panes(), SETTINGS);
        stage.show();
        if (placed) {
            WindowPlace.restore(stage, window.panes(), SETTINGS); // the dividers once the panes have their widths
        }
        ReportPlace.restore(window, SETTINGS);
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            probeFirstFrame(stage.getScene());
        } else {
            MainWindow shown = window;
            // after the window's first frame: the welcome then opens over the sample, not before it
            Platform.runLater(() -> shown.welcomeIf(opened.firstRun()));
        }
        return true;
    }

    /** Measurement hook (bench/StartupBench): prints the JVM uptime once the first frame is laid out, then quits. */
    private static void probeFirstFrame(javafx.scene.Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("window-shown-ms " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (stage != null && window != null) {
            WindowPlace.remember(stage, window.panes(), SETTINGS);
            ReportPlace.remember(window, SETTINGS);
        }
        if (window != null) {
            window.close();
        }
    }
}
