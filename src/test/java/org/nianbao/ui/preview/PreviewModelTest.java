package org.nianbao.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nianbao.layout.GlyphWidths;
import org.nianbao.layout.LaidOutReport;
import org.nianbao.layout.PageLayout;
import org.nianbao.layout.PlacedLine;
import org.nianbao.layout.PlacedRun;
import org.nianbao.layout.TextLocation;
import org.nianbao.model.Paragraph;
import org.nianbao.model.Report;
import org.nianbao.testing.Fixtures;

/**
 * The page preview's model without a window: the layouts it schedules and the pages it shows are run
 * by the test, one step at a time, on pages laid out with fixed glyph widths.
 */
class PreviewModelTest {

    private final PageLayout pageLayout = new PageLayout(GlyphWidths.fixed());
    private final List<Report> laidOut = new ArrayList<>();
    private final Steps worker = new Steps();
    private final Deque<Runnable> fxThread = new ArrayDeque<>();
    private final PreviewModel model = new PreviewModel(r -> {
        laidOut.add(r);
        return pageLayout.layOut(r);
    }, worker, fxThread::add);

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void editsInARowAreLaidOutOnceTheLastOneAndShownOnTheFxThread() {
        Report first = Fixtures.smallReport();
        Report last = first.withTitle("示例区2023年法治政府建设年度报告（送审稿）");
        model.reportProperty().set(first);
        model.reportProperty().set(first.withTitle("示例区报告"));
        model.reportProperty().set(last);
        assertThat(worker.delays).as("each waits for the typing to settle").allMatch(d -> d == PreviewModel.SETTLE_MILLIS);

        worker.runAll();
        assertThat(laidOut).as("the earlier edits are superseded before their turn").containsExactly(last);
        assertThat(model.pagesProperty().get()).as("not before the FX thread shows them").isNull();

        fxThread.poll().run();
        assertThat(model.pageCount()).isEqualTo(pageLayout.layOut(last).pageCount()).isPositive();
    }

    @Test
    void pagesOfAnOlderEditArrivingAfterANewerOneAreNotShown() {
        Report older = Fixtures.smallReport();
        model.reportProperty().set(older);
        worker.runAll();
        model.reportProperty().set(longReport());
        fxThread.poll().run(); // the older edit's pages come back after the newer edit was made

        assertThat(model.pagesProperty().get()).isNull();
        worker.runAll();
        fxThread.poll().run();
        assertThat(model.pageCount()).isEqualTo(pageLayout.layOut(longReport()).pageCount());
    }

    @Test
    void thePageShownStaysWithinTheReportWhenItGetsShorter() {
        show(longReport());
        int pages = model.pageCount();
        assertThat(pages).isGreaterThan(3);
        model.pageProperty().set(pages - 1);

        show(Fixtures.smallReport());
        assertThat(model.pageProperty().get()).isEqualTo(model.pageCount() - 1).isLessThan(pages - 1);
    }

    @Test
    void pageUpAndDownStopAtTheEndsAndZoomStaysWithinItsBounds() {
        show(longReport());
        model.pageUp();
        assertThat(model.pageProperty().get()).isZero();
        for (int i = 0; i < model.pageCount() + 2; i++) {
            model.pageDown();
        }
        assertThat(model.pageProperty().get()).isEqualTo(model.pageCount() - 1);

        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(PreviewModel.MAX_ZOOM);
        assertThat(model.fitWidthProperty().get()).as("a zoom chosen is no longer fit to width").isFalse();
        for (int i = 0; i < 40; i++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(PreviewModel.MIN_ZOOM);
    }

    @Test
    void theCaretsPageIsShownAndAClickOnAPageNamesTheTextUnderIt() {
        LaidOutReport pages = show(longReport());
        int last = pages.pageCount() - 1;
        PlacedLine line = pages.pages().get(last).lines().stream().filter(l -> !l.runs().isEmpty()).findFirst()
                .orElseThrow();
        PlacedRun run = line.runs().get(0);
        TextLocation there = run.location();

        model.caretProperty().set(there);
        assertThat(model.pageProperty().get()).isEqualTo(pages.pageOf(there).orElseThrow());

        model.pageProperty().set(last);
        double middle = line.top() + line.height() / 2;
        assertThat(model.click(run.right() - 0.5, middle)).isPresent();
        assertThat(model.clickedProperty().get()).isNotNull()
                .satisfies(at -> assertThat(at.sameParagraph(there)).isTrue());
        assertThat(model.click(run.right(), -100)).as("above the text").isEmpty();
    }

    /** Lays the report out and shows it, as the preview's thread and the FX thread would. */
    private LaidOutReport show(Report report) {
        model.reportProperty().set(report);
        worker.runAll();
        fxThread.poll().run();
        return model.pagesProperty().get();
    }

    /** The small report with a long preamble: some pages. */
    private static Report longReport() {
        List<Paragraph> preamble = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            preamble.add(Paragraph.of(("第" + i + "段：全年受理行政复议案件40件，审结36件，依法推进三项制度。").repeat(4)));
        }
        return Fixtures.smallReport().withPreamble(preamble);
    }

    /** The preview's thread: what it is given to do later waits until the test runs it. */
    private static final class Steps extends ScheduledThreadPoolExecutor {
        private final Deque<Runnable> queued = new ArrayDeque<>();
        final List<Long> delays = new ArrayList<>();

        Steps() {
            super(0);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delays.add(unit.toMillis(delay));
            queued.add(command);
            return null;
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }
}
