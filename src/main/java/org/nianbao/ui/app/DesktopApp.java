package org.nianbao.ui.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
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
    /** System property: build the window before showing anything (no {@link FirstPaint}), as before. */
    public static final String NO_FIRST_PAINT = "nianbao.noFirstPaint";

    private static volatile Path database;
    /** The user's settings and the window's language, read beside the toolkit's start (java.util.prefs is slow). */
    private static volatile CompletableFuture<Preload.Setup> setup;
    private static volatile CompletableFuture<Preload.Opened> preloaded;

    /** How long the first paint is left to reach the screen before the window's build takes the FX thread. */
    private static final int SEEN_FRAMES = 4;
    private static final long SEEN_MS = 150;

    private final UserSettings settings;
    private final Messages messages;
    private Stage stage;
    private MainWindow window;

    public DesktopApp() {
        this(setup().settings(), setup().messages());
    }

    private static Preload.Setup setup() {
        CompletableFuture<Preload.Setup> read = setup;
        if (read == null) {
            read = CompletableFuture.completedFuture(Preload.setUp());
            setup = read;
        }
        return read.join();
    }

    /** An app over other settings (tests: a window started as the app starts it). */
    DesktopApp(UserSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** Starts JavaFX with the database to open (null: the default one). */
    public static void launchWith(Path db) {
        database = DatabaseLocation.resolve(db);
        setup = new CompletableFuture<>();
        preloaded = Preload.start(database, setup);
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage primary) {
        CompletableFuture<Preload.Opened> first = preloaded != null ? preloaded
                : CompletableFuture.supplyAsync(() -> Preload.open(DatabaseLocation.resolve(database), settings, messages));
        if (!start(primary, database, first)) {
            Platform.exit();
        }
    }

    /** Shows the database being opened in the stage; false when it could not be opened (said in a dialog). */
    boolean start(Stage primary, Path file, CompletableFuture<Preload.Opened> opening) {
        messages.applyToJavaFx(); // before the first control asks JavaFX for its words
        this.stage = primary;
        stage.setTitle(messages.get("app.name"));
        return show(file, opening);
    }

    /** The window, once built (null while the first paint shows). */
    MainWindow window() {
        return window;
    }

    /** Opens another database in the window (File → Open database, Recent). */
    void open(Path file) {
        show(file, CompletableFuture.supplyAsync(() -> Preload.open(file, settings, messages)));
    }

    private boolean show(Path file, CompletableFuture<Preload.Opened> opening) {
        Preload.Opened opened;
        try {
            opened = opening.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            new FxDialogService(() -> window == null ? null : window.window()).showError(messages.get("error.openTitle"),
                    messages.format("error.openDatabase", file,
                    cause instanceof BadInputException b ? b.chinese() : String.valueOf(cause.getMessage())));
            return false;
        }
        if (window != null) {
            ReportPlace.remember(window, settings);
            window.close();
        }
        if (window == null && !Boolean.getBoolean(NO_FIRST_PAINT)) {
            paintFirst(opened);
            return true;
        }
        build(opened, null); // another database: a new scene, without the old window's shortcuts
        return true;
    }

    /**
     * The first start: the report's first screen at once ({@link FirstPaint}), the window built in its
     * place right after that frame. Building the window takes most of a start (class loading and the
     * CSS of the whole window), so the officer reads the report meanwhile instead of an empty screen.
     */
    private void paintFirst(Preload.Opened opened) {
        Rectangle2D first = WindowPlace.firstSize(Screen.getPrimary().getVisualBounds());
        double[] dividers = WindowPlace.dividers(settings).orElse(FirstPaint.DEFAULT_DIVIDERS);
        boolean placed = WindowPlace.restoreBounds(stage, settings);
        double width = placed ? stage.getWidth() : first.getWidth();
        double height = placed ? stage.getHeight() : first.getHeight();
        Long lastSection = opened.report() == null || opened.report().id() == null ? null
                : ReportPlace.section(settings, opened.store().file(), opened.report().id()).orElse(null);
        Scene scene = new Scene(FirstPaint.of(opened.report(), messages, width, height, dividers, lastSection),
                width, height);
        stage.setScene(scene);
        stage.show();
        afterFrame(scene, () -> {
            if (Boolean.getBoolean(STARTUP_PROBE)) {
                System.out.println("window-shown-ms " + uptime());
                System.out.println("process-cpu-ms " + ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000);
            }
            Preload.warmUp();
            // The frame's pixels reach the window through an event on this thread, queued once the frame is
            // rendered, and the window system asks for it again when it maps the window: the build, which holds
            // this thread for a second, waits until the first paint has been on screen for a few frames.
            afterSeen(() -> build(opened, scene));
        });
    }

    /** Runs once the frames of the next {@link #SEEN_MS} milliseconds (at least {@link #SEEN_FRAMES}) are out. */
    private static void afterSeen(Runnable then) {
        long start = System.nanoTime();
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= SEEN_FRAMES && System.nanoTime() - start >= SEEN_MS * 1_000_000L) {
                    stop();
                    Platform.runLater(then);
                }
            }
        }.start();
    }

    /** The window, in the scene shown (the first paint's) or in a new one. */
    private void build(Preload.Opened opened, Scene shown) {
        ReportSession session = new ReportSession(opened.store(), messages);
        session.show(opened.report());
        window = new MainWindow(session, settings, this::open);
        window.attach(new CoreServices(), new FxDialogService(window::window));
        stage.titleProperty().bind(window.title());
        Scene scene;
        if (shown == null) {
            Rectangle2D first = WindowPlace.firstSize(Screen.getPrimary().getVisualBounds());
            scene = window.scene(first.getWidth(), first.getHeight());
            stage.setScene(scene);
            WindowPlace.restore(stage, window.panes(), settings);
        } else {
            scene = shown;
            MainWindow.dress(scene); // the style sheet only now: the first paint sets its fonts itself
            window.takeOver(scene);
            WindowPlace.dividers(settings).ifPresent(window.panes()::setDividerPositions);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        // the dividers again once the panes have their widths
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WindowPlace.dividers(settings).ifPresent(window.panes()::setDividerPositions);
        ReportPlace.restore(window, settings);
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            afterFrame(scene, () -> {
                System.out.println("window-ready-ms " + uptime());
                Platform.runLater(Platform::exit);
            });
        } else {
            MainWindow shownWindow = window;
            // after the window's first frame: the welcome then opens over the sample, not before it
            Platform.runLater(() -> shownWindow.welcomeIf(opened.firstRun()));
        }
    }

    /** Runs once after the scene's next laid-out frame. */
    private static void afterFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    @Override
    public void stop() {
        if (stage != null && window != null) {
            WindowPlace.remember(stage, window.panes(), settings);
            ReportPlace.remember(window, settings);
        }
        if (window != null) {
            window.close();
        }
    }
}
