package org.nianbao.ui.session;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.nianbao.model.Attachment;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.model.Section;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.common.Messages;

/**
 * The open report and its database: the view model every pane shares. It holds the report as the
 * officer sees it, and saves each edit at once: text edits are queued to the store thread (the
 * newest text of a section wins), structure edits wait for their ids. The status line says when it
 * is on disk.
 */
public final class ReportSession implements AutoCloseable {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportStore store;
    private final Messages messages;
    private final StoreWorker worker = new StoreWorker();
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper structureVersion = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<Long, Section> pendingSections = new ConcurrentHashMap<>();
    private final Map<Long, Attachment> pendingAttachments = new ConcurrentHashMap<>();
    private final AtomicReference<Report> pendingFields = new AtomicReference<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private boolean closed;

    public ReportSession(ReportStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    public ReportStore store() {
        return store;
    }

    /** The database file the report is stored in (export folders are remembered per database and report). */
    public java.nio.file.Path databaseFile() {
        return store.file();
    }

    /** True when the database file cannot be written: the window then only shows. */
    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public Report report() {
        return report.get();
    }

    /** Counts structure changes (and report switches): the outline rebuilds when it moves. */
    public ReadOnlyIntegerProperty structureVersionProperty() {
        return structureVersion.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a stored report (after open, new, import). */
    public void show(Report stored) {
        worker.drain();
        report.set(stored);
        structureVersion.set(structureVersion.get() + 1);
        status.set(messages.format("status.opened", stored.title()));
    }

    public void openReport(long id) {
        worker.drain();
        show(worker.call(() -> store.load(id)));
    }

    /** Stores a new report and shows it. */
    public Report create(Report fresh) {
        Report stored = write(() -> store.insert(fresh));
        show(stored);
        return stored;
    }

    // ---- text edits: saved in the background ------------------------------------------------------

    /** Changes a section's heading or paragraphs; the change is saved off the FX thread. */
    public void editSection(long sectionId, UnaryOperator<Section> change) {
        Report current = report.get();
        List<Integer> address = OutlineTree.addressOf(current.sections(), sectionId).orElse(null);
        if (address == null) {
            return;
        }
        Section updated = change.apply(OutlineTree.at(current.sections(), address));
        report.set(current.withSections(OutlineTree.replace(current.sections(), address, updated)));
        queueNewest(pendingSections, sectionId, updated, store::updateSection);
    }

    /** Changes an attachment's text (its body as typed); saved off the FX thread like a section. */
    public void editAttachment(long attachmentId, UnaryOperator<Attachment> change) {
        Report current = report.get();
        List<Attachment> all = current.attachments();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() != null && all.get(i).id() == attachmentId) {
                Attachment updated = change.apply(all.get(i));
                report.set(current.withAttachments(Lists.with(all, i, updated)));
                long reportId = current.id();
                queueNewest(pendingAttachments, attachmentId, updated, a -> store.saveAttachment(reportId, a));
                return;
            }
        }
    }

    /** Queues a save of a row unless one is queued already: that one then saves the newest value. */
    private <T> void queueNewest(Map<Long, T> pending, long id, T value, Consumer<T> save) {
        if (pending.put(id, value) == null) {
            queue(() -> {
                T latest = pending.remove(id);
                if (latest != null) {
                    save.accept(latest);
                }
            });
        }
    }

    /** Changes the report's own fields (title, year, issuers, settings…); saved off the FX thread. */
    public void editFields(UnaryOperator<Report> change) {
        Report updated = change.apply(report.get());
        report.set(updated);
        if (pendingFields.getAndSet(updated) == null) {
            queue(() -> {
                Report latest = pendingFields.getAndSet(null);
                if (latest != null) {
                    store.updateFields(latest);
                }
            });
        }
    }

    private void queue(Runnable save) {
        inFlight.incrementAndGet();
        status.set(messages.get("status.saving"));
        worker.submit(() -> {
            save.run();
            return null;
        }).whenComplete((ok, error) -> {
            int left = inFlight.decrementAndGet();
            Platform.runLater(() -> {
                if (error != null) {
                    status.set(failure(error));
                } else if (left == 0) {
                    status.set(savedNow());
                }
            });
        });
    }

    // ---- structure and table edits: saved before the call returns --------------------------------

    /**
     * Runs a store write in order after the queued saves and waits for it. A refusal is shown in the
     * status line and thrown on as a {@link BadInputException}.
     */
    public <T> T write(Callable<T> work) {
        try {
            T result = worker.call(work);
            status.set(savedNow());
            return result;
        } catch (RuntimeException e) {
            status.set(failure(e));
            throw e instanceof BadInputException b ? b : new BadInputException(
                    messages.get("error.save"), String.valueOf(e.getMessage()), e);
        }
    }

    /** Replaces the report after a structure change that is already stored. */
    public void replaceStructure(Report updated) {
        report.set(updated);
        structureVersion.set(structureVersion.get() + 1);
    }

    /** Replaces the report after a table edit that is already stored. */
    public void replace(Report updated) {
        report.set(updated);
    }

    /** Ctrl+S: everything typed is already queued; wait until it is on disk and say so. */
    public void saveNow() {
        worker.drain();
        status.set(savedNow());
    }

    /** Shows a message in the status line (a refusal, a hint). */
    public void tell(String message) {
        status.set(message);
    }

    private String savedNow() {
        return messages.format("status.saved", LocalTime.now().format(CLOCK));
    }

    private String failure(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof BadInputException)) {
            cause = cause.getCause();
        }
        String reason = cause instanceof BadInputException b ? b.chinese() : String.valueOf(cause.getMessage());
        return messages.format("status.saveFailed", reason);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        worker.drain();
        worker.close();
        store.close();
    }
}
