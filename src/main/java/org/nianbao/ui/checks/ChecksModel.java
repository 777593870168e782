package org.nianbao.ui.checks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
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

    private final ReportSession session;
    private final ReportServices services;
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<List<FindingView>> findings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    /** The report the shown findings were found in: their offsets count in its text. */
    private Report checked;
    private final ExecutorService executor = DaemonThreads.single("nianbao-check");

    public ChecksModel(ReportSession session, ReportServices services) {
        this.session = session;
        this.services = services;
        quiet.setOnFinished(e -> runNow());
        session.reportProperty().addListener((o, a, b) -> runSoon());
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

    /** Checks the report once the officer has stopped typing for {@link #QUIET}. */
    public void runSoon() {
        running.set(true);
        quiet.playFromStart();
    }

    /**
     * The first check of a window: due at once (so whoever waits for the checks waits for it), run
     * once the window's first frame is laid out, since the first layout needs the CPU more.
     */
    public void runAfterFirstFrame(javafx.scene.Node window) {
        running.set(true);
        org.nianbao.ui.common.FirstFrame.then(window, this::runNow);
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
            List<FindingView> shown = result;
            Platform.runLater(() -> {
                if (generation.get() == run) {
                    checked = snapshot;
                    findings.set(shown);
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
