package org.nianbao.ui.preview;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.nianbao.layout.FontRole;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.TextLocation;
import org.nianbao.layout.fonts.FontWidths;
import org.nianbao.layout.fonts.InstalledFonts;
import org.nianbao.model.Report;
import org.nianbao.ui.common.DaemonThreads;

/**
 * The page preview's state: the report to show (set on every edit), its pages (laid out on a
 * background thread, the latest edit only, shortly after typing pauses), the page shown, the zoom, and
 * the two links to the document view: the text a click on a page points at, and the caret whose page
 * is shown.
 */
public final class PreviewModel {

    /** Typing pauses this long before the pages are laid out again; well within a second. */
    static final long SETTLE_MILLIS = 150;
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4;

    private final Function<Report, LaidOutReport> layout;
    private final ScheduledExecutorService worker;
    /** Where the pages are shown: the FX thread. */
    private final Executor shown;
    private final AtomicLong version = new AtomicLong();

    private final ObjectProperty<Report> report = new SimpleObjectProperty<>(this, "report");
    private final ReadOnlyObjectWrapper<LaidOutReport> pages = new ReadOnlyObjectWrapper<>(this, "pages");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty fitWidth = new SimpleBooleanProperty(this, "fitWidth", true);
    private final ObjectProperty<TextLocation> caret = new SimpleObjectProperty<>(this, "caret");
    private final ReadOnlyObjectWrapper<TextLocation> clicked = new ReadOnlyObjectWrapper<>(this, "clicked");

    /** The model over the pages as they print: laid out with the installed fonts' widths. */
    public static PreviewModel withInstalledFonts() {
        return new PreviewModel(new PageLayout(new FontWidths(InstalledFonts.system()))::layOut);
    }

    /** The installed family the pages draw a role in (仿宋, 黑体…); empty when none is installed. */
    public static Optional<String> family(FontRole role) {
        return InstalledFonts.system().choice(role).map(c -> c.face().family());
    }

    /** @param layout lays a report out; called on the preview's own thread */
    public PreviewModel(Function<Report, LaidOutReport> layout) {
        this(layout, DaemonThreads.scheduled("nianbao-preview"), Platform::runLater);
    }

    /**
     * With the preview's thread and the FX thread given: a plain test runs the scheduled layouts and
     * shows their pages itself, without the FX toolkit and without waiting.
     */
    PreviewModel(Function<Report, LaidOutReport> layout, ScheduledExecutorService worker, Executor shown) {
        this.layout = layout;
        this.worker = worker;
        this.shown = shown;
        report.addListener((obs, old, value) -> schedule(value));
        caret.addListener((obs, old, value) -> showCaret());
        pages.addListener((obs, old, value) -> {
            page.set(Math.max(0, Math.min(page.get(), value == null ? 0 : value.pageCount() - 1)));
            showCaret();
        });
    }

    private void schedule(Report value) {
        long mine = version.incrementAndGet();
        if (value == null) {
            pages.set(null);
            return;
        }
        worker.schedule(() -> {
            if (version.get() != mine) {
                return; // a later edit supersedes this one
            }
            LaidOutReport laidOut = layout.apply(value);
            shown.execute(() -> {
                if (version.get() == mine) {
                    pages.set(laidOut);
                }
            });
        }, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void showCaret() {
        LaidOutReport laidOut = pages.get();
        TextLocation at = caret.get();
        if (laidOut != null && at != null) {
            laidOut.pageOf(at).ifPresent(page::set);
        }
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public ReadOnlyObjectProperty<LaidOutReport> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public int pageCount() {
        return pages.get() == null ? 0 : pages.get().pageCount();
    }

    /** The page shown, 0-based. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /** Where the caret is in the document view: its page is shown. */
    public ObjectProperty<TextLocation> caretProperty() {
        return caret;
    }

    /** The text last clicked on a page, for the document view to select. */
    public ReadOnlyObjectProperty<TextLocation> clickedProperty() {
        return clicked.getReadOnlyProperty();
    }

    public void pageUp() {
        page.set(Math.max(0, page.get() - 1));
    }

    public void pageDown() {
        page.set(Math.min(Math.max(0, pageCount() - 1), page.get() + 1));
    }

    public void zoomIn() {
        fitWidth.set(false);
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        fitWidth.set(false);
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    /** A click at (x, y) in points on the page shown. */
    public Optional<TextLocation> click(double x, double y) {
        LaidOutReport laidOut = pages.get();
        if (laidOut == null) {
            return Optional.empty();
        }
        Optional<TextLocation> at = laidOut.locationAt(page.get(), x, y);
        at.ifPresent(clicked::set);
        return at;
    }

    /** Stops the background thread (the window closes). */
    public void close() {
        worker.shutdownNow();
    }
}
