package org.nianbao.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.nianbao.files.LogConfigurator;
import org.nianbao.model.Report;
import org.nianbao.store.FirstRun;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.common.DaemonThreads;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.welcome.StartupChoice;
import org.slf4j.LoggerFactory;

/**
 * Opens the database and reads the report to show while JavaFX starts, on another thread: on a
 * two-core office PC this takes the database's share off the time to the first window.
 */
final class Preload {

    /** The open store, the report to show first, and whether the database was created by this start. */
    record Opened(ReportStore store, Report report, boolean firstRun) {
    }

    private static final String[] WARM_CLASSES = {
        "org.fxmisc.richtext.StyleClassedTextArea", "org.fxmisc.flowless.VirtualizedScrollPane",
        "org.controlsfx.validation.ValidationSupport", "org.nianbao.check.ReportChecker",
    };

    private Preload() {
    }

    /** The user's settings and the language they chose. */
    record Setup(UserSettings settings, Messages messages) {
    }

    /** Reads the user's settings (java.util.prefs: XML files read through the DOM) and the messages of their language. */
    static Setup setUp() {
        UserSettings settings = UserSettings.forUser();
        return new Setup(settings, Messages.load(settings.language()));
    }

    /**
     * Reads the settings (completing {@code setup}, which the app needs as soon as the toolkit runs), then
     * opens the database, on a thread of its own while the toolkit starts.
     */
    static CompletableFuture<Opened> start(Path file, CompletableFuture<Setup> setup) {
        // The log is set up beside the database, not by it: sqlite-jdbc asks SLF4J for its loggers on
        // opening, and SLF4J hands out stand-ins (replayed later) while another thread sets the log up.
        DaemonThreads.start("nianbao-log", () -> {
            LogConfigurator.install();
            LoggerFactory.getILoggerFactory();
        });
        CompletableFuture<Opened> opened = CompletableFuture.supplyAsync(() -> {
                    Setup read;
                    try {
                        read = setUp();
                    } catch (RuntimeException | Error e) {
                        setup.completeExceptionally(e);
                        throw e;
                    }
                    setup.complete(read);
                    return open(file, read.settings(), read.messages());
                },
                command -> DaemonThreads.start("nianbao-preload", command));
        return opened;
    }

    /**
     * Loads the window's biggest classes beside the FX thread while it builds the window. Started after
     * the first frame: before it, these would take the cores the toolkit, the database and the first frame need.
     */
    static void warmUp() {
        DaemonThreads.start("nianbao-warm", Preload::loadClasses);
    }

    static Opened open(Path file, UserSettings settings, Messages messages) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean firstRun = FirstRun.isFirstRun(file);
        ReportStore store = ReportStore.open(file);
        try {
            return new Opened(store, StartupChoice.open(store, settings, messages), firstRun);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Loads (without initializing) the big classes the window needs, in parallel with the toolkit. */
    private static void loadClasses() {
        ClassLoader loader = Preload.class.getClassLoader();
        for (String name : WARM_CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // only a head start: the window loads it anyway
            }
        }
    }
}
