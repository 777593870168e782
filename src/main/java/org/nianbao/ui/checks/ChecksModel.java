package org.nianbao.ui.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.nianbao.model.Report;
import org.nianbao.ui.app.ReportServices;
import org.nianbao.ui.common.DaemonThreads;
import org.nianbao.ui.session.ReportSession;

/**
 * Runs the checks by itself a moment after the officer stops typing, on a snapshot of the report
 * and off the FX thread; only the newest run's findings are shown.
 */
public final class ChecksModel implements AutoCloseable {

    public static final Duration QUIET = Duration.millis(500);

    /** The wait for the typing to stop: every change starts it again; when it runs out the check runs. */
    interface Quiet {
        void restart();

        void stop();
    }

    private final ReportSession session;
    private final ReportServices services;
    private final Quiet quiet;
    /** Where the findings are shown: the FX thread. */
    private final Executor shown;
    private final ExecutorService executor;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<List<FindingView>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    /** The report the shown findings were found in: their offsets count in its text. */
    private Report checked;

    public ChecksModel(ReportSession session, ReportServices services) {
        this(session, services, ChecksModel::pause, Platform::runLater, DaemonThreads.single("nianbao-check"));
    }

    /**
     * With the quiet timer, the FX thread and the checking thread given: a plain test drives them
     * itself, without the FX toolkit and without waiting.
     */
    ChecksModel(ReportSession session, ReportServices services, Function<Runnable, Quiet> quietTimer,
                Executor shown, ExecutorService checker) {
        this.session = session;
        this.services = services;
        this.quiet = quietTimer.apply(this::runNow);
        this.shown = shown;
        this.executor = checker;
        session.reportProperty().addListener((o, a, b) -> runSoon());
    }

    private static Quiet pause(Runnable then) {
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(e -> then.run());
        return new Quiet() {
            @Override
            public void restart() {
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        };
    }

    public ReadOnlyObjectProperty<List<FindingView>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public List<FindingView> findings() {
        return findings.get();
    }

    /** True while a run is going or waiting for the typing to stop. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The report the shown findings were found in (null before the first run). */
    public Report checked() {
        return checked;
    }

    public long count(FindingView.Level level) {
        return findings.get().stream().filter(f -> f.level() == level).count();
    }

    public long count(FindingView.Status status) {
        return findings.get().stream().filter(f -> f.status() == status).count();
    }

    /**
     * What the panel lists: the findings to look at (a verified figure is not one) by severity,
     * errors first, in the order found; a severity without any is left out.
     */
    public static List<FindingGroup> grouped(List<FindingView> findings) {
        List<FindingGroup> groups = new ArrayList<>();
        for (FindingView.Level level : FindingView.Level.values()) {
            List<FindingView> of = findings.stream()
                    .filter(f -> f.level() == level && f.status() != FindingView.Status.OK).toList();
            if (!of.isEmpty()) {
                groups.add(new FindingGroup(level, of));
            }
        }
        return groups;
    }

    /** Checks the report once the officer has stopped typing for {@link #QUIET}. */
    public void runSoon() {
        running.set(true);
        quiet.restart();
    }

    /**
     * The first check of a window: due at once (so whoever waits for the checks waits for it), run
     * once the window's first frame is laid out, since the first layout needs the CPU more.
     */
    public void runAfterFirstFrame(javafx.scene.Node window) {
        runWhen(work -> org.nianbao.ui.common.FirstFrame.then(window, work));
    }

    /** Due at once, run when {@code moment} calls back. */
    void runWhen(Consumer<Runnable> moment) {
        running.set(true);
        moment.accept(this::runNow);
    }

    /** Checks the report as it is now, without waiting for quiet. */
    public void runNow() {
        quiet.stop();
        Report snapshot = session.report();
        if (snapshot == null) {
            return;
        }
        long run = generation.incrementAndGet();
        running.set(true);
        executor.submit(() -> {
            List<FindingView> result;
            try {
                result = List.copyOf(services.check(session.store(), snapshot));
            } catch (RuntimeException e) {
                result = List.of(new FindingView("engine", FindingView.Level.ERROR, FindingView.Status.VIOLATION,
                        "", -1, 0, 0, "", session.messages().format("checks.failed", String.valueOf(e.getMessage()))));
            }
            List<FindingView> found = result;
            shown.execute(() -> {
                if (generation.get() == run) {
                    checked = snapshot;
                    findings.set(found);
                    running.set(false);
                }
            });
        });
    }

    @Override
    public void close() {
        quiet.stop();
        executor.shutdownNow();
    }
}
