package org.nianbao.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.DatabaseLocation;
import org.nianbao.store.ReportStore;

/** The desktop window: opens the database, shows the last report, and switches databases on request. */
public final class DesktopApp extends Application {

    /** System property: print the JVM uptime when the window is shown, then exit (startup benchmark). */
    public static final String STARTUP_PROBE = "nianbao.startupProbe";

    private static volatile Path database;

    private Stage stage;
    private ReportSession session;
    private final Messages messages = Messages.load();
    private final UserSettings settings = UserSettings.forUser();

    /** Starts JavaFX with the database to open (null: the default one). */
    public static void launchWith(Path db) {
        database = db;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        stage.setTitle(messages.get("app.name"));
        if (!open(DatabaseLocation.resolve(database))) {
            Platform.exit();
        }
    }

    /** Opens a database in the window, replacing the one shown; false when it cannot be opened. */
    boolean open(Path file) {
        ReportSession next;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ReportStore store = ReportStore.open(file);
            next = new ReportSession(store, messages);
            Report first = StartupChoice.open(store, settings, messages);
            next.show(first);
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("error.openDatabase", file,
                    e instanceof BadInputException b ? b.chinese() : String.valueOf(e.getMessage())));
            alert.setHeaderText(null);
            alert.showAndWait();
            return false;
        }
        if (session != null) {
            session.close();
        }
        session = next;
        MainWindow window = new MainWindow(session, settings, this::open);
        window.attach(new CoreServices(), new FxFileDialogs(window::window));
        stage.setScene(window.scene(1280, 800));
        stage.titleProperty().bind(window.title());
        stage.show();
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            // Measurement hook (bench/StartupBench): report when the first frame is laid out, then quit.
            Platform.runLater(() -> {
                System.out.println("window-shown-ms " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.exit();
            });
        }
        return true;
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
