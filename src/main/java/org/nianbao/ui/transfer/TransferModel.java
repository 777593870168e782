package org.nianbao.ui.transfer;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nianbao.compose.ExportByFormat;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.ui.app.ReportServices;
import org.nianbao.ui.common.DaemonThreads;
import org.nianbao.ui.session.ReportSession;

/**
 * Export to Word and import from .txt/.docx, off the FX thread. The window shows progress while
 * {@link #busyProperty()} is true; the outcome is told in the status line in plain words.
 */
public final class TransferModel implements AutoCloseable {

    private final ReportSession session;
    private final ReportServices services;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> exported = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>();
    private final ExecutorService executor = DaemonThreads.single("nianbao-transfer");

    public TransferModel(ReportSession session, ReportServices services) {
        this.session = session;
        this.services = services;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last file exported, for "open the file" and "open the folder". */
    public ReadOnlyObjectProperty<Path> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** The reason the last export or import failed, in Chinese; null after a success. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The file name the save dialog suggests: the report's title. */
    public String suggestedName() {
        return session.report().title().replaceAll("[\\\\/:*?\"<>|]", "_") + ".docx";
    }

    /**
     * The chosen file with the extension of the dialog's format: a file chooser on Linux returns the name as
     * typed, and "报告" under the Word filter must become "报告.docx", not a file the export refuses.
     */
    public Path withExtension(Path target, String extension) {
        return ExportByFormat.Format.of(Path.of("." + extension)).completed(target);
    }

    public CompletableFuture<Path> export(Path target) {
        Report snapshot = session.report();
        session.tell(session.messages().get("status.exporting"));
        return run(() -> {
            services.exportForReview(session.store(), snapshot, target);
            return target;
        }, path -> {
            exported.set(path);
            session.tell(session.messages().format("status.exported", path.toString()));
        });
    }

    public CompletableFuture<Report> importFile(Path file) {
        session.tell(session.messages().format("status.importing", file.getFileName().toString()));
        return run(() -> services.read(file), report -> {
            session.create(report);
            session.tell(session.messages().format("status.imported", report.title()));
        });
    }

    private <T> CompletableFuture<T> run(Supplier<T> work, java.util.function.Consumer<T> onFx) {
        busy.set(true);
        failure.set(null);
        CompletableFuture<T> done = new CompletableFuture<>();
        executor.submit(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> {
                    busy.set(false);
                    try {
                        onFx.accept(result);
                        done.complete(result);
                    } catch (RuntimeException e) {
                        fail(e);
                        done.completeExceptionally(e);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    busy.set(false);
                    fail(e);
                    done.completeExceptionally(e);
                });
            }
        });
        return done;
    }

    private void fail(RuntimeException e) {
        String reason = e instanceof BadInputException b ? b.chinese() : String.valueOf(e.getMessage());
        failure.set(reason);
        session.tell(session.messages().format("status.transferFailed", reason));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
