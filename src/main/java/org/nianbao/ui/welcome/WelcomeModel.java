package org.nianbao.ui.welcome;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.nianbao.model.BadInputException;
import org.nianbao.model.Report;
import org.nianbao.store.ReportSummary;
import org.nianbao.ui.app.ReportsModel;
import org.nianbao.ui.outline.OutlineTemplate;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.transfer.TransferModel;

/**
 * The welcome's three ways to begin: the sample report, a new report from an outline, or last
 * year's report imported. It only picks and forwards: the report commands are {@link ReportsModel}'s,
 * the import is the window's (the file chooser, then {@link TransferModel}).
 */
public final class WelcomeModel {

    private final ReportSession session;
    private final ReportsModel reports;
    private final Supplier<Optional<CompletableFuture<Report>>> importer;
    private final Supplier<Optional<Report>> sample;
    private final ObjectProperty<OutlineTemplate.Kind> outline = new SimpleObjectProperty<>(OutlineTemplate.Kind.FIVE_PARTS);

    /**
     * @param importer asks for a file and imports it; empty when the officer cancels the chooser
     * @param sample the shipped sample, read when asked for (empty when this build ships none)
     */
    public WelcomeModel(ReportSession session, ReportsModel reports,
            Supplier<Optional<CompletableFuture<Report>>> importer, Supplier<Optional<Report>> sample) {
        this.session = session;
        this.reports = reports;
        this.importer = importer;
        this.sample = sample;
    }

    /** The outline 新建报告 starts from: the regulation's five parts unless the officer picks three. */
    public ObjectProperty<OutlineTemplate.Kind> outlineProperty() {
        return outline;
    }

    /**
     * Shows the sample report. A first run has stored it already (the first report with the sample's
     * title: later reports may share the title); when it was never stored here, it is stored now.
     */
    public void openSample() {
        Optional<Report> shipped = sample.get();
        if (shipped.isEmpty()) {
            session.tell(session.messages().get("welcome.noSample"));
            return;
        }
        String title = shipped.get().title();
        Optional<ReportSummary> stored = reports.reports().stream().filter(r -> r.title().equals(title))
                .min(Comparator.comparingLong(ReportSummary::id));
        Report current = session.report();
        if (stored.isPresent() && current != null && current.id() != null && current.id() == stored.get().id()) {
            return;
        }
        refusedIsTold(() -> {
            if (stored.isPresent()) {
                reports.open(stored.get().id());
            } else {
                session.create(shipped.get());
            }
        });
    }

    /** A new report for last year from the chosen outline. */
    public void newReport() {
        refusedIsTold(() -> reports.newFromTemplate(outline.get(), reports.defaultYear()));
    }

    /** Asks for last year's .docx or .txt and imports it; empty when the chooser was cancelled. */
    public Optional<CompletableFuture<Report>> importLastYear() {
        return importer.get();
    }

    /** A refused write is already in the status line (the session says why); the welcome just closes. */
    private static void refusedIsTold(Runnable action) {
        try {
            action.run();
        } catch (BadInputException refused) {
            // told in the status line by ReportSession.write
        }
    }
}
