package org.nianbao.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Metric;
import org.nianbao.model.Report;
import org.nianbao.ui.app.ReportServices;
import org.nianbao.ui.checks.FindingView.Level;
import org.nianbao.ui.checks.FindingView.Status;
import org.nianbao.ui.session.SessionFixture;

/**
 * The checks panel's model without a window: the quiet wait, the checking thread and the FX thread
 * are driven by the test, one step at a time, so the order of events is the test's, not the clock's.
 */
class ChecksModelTest {

    private static final FindingView WRONG_RATE = finding(Level.ERROR, Status.MISMATCH, "审结率为90%");
    private static final FindingView RATE_OK = finding(Level.ERROR, Status.OK, "审结36件");
    private static final FindingView NO_SOURCE = finding(Level.WARNING, Status.UNVERIFIABLE, "208人次");
    private static final FindingView DATE_ALONE = finding(Level.INFO, Status.VIOLATION, "2024年3月20日");

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private final ManualQuiet quiet = new ManualQuiet();
    private final Steps checker = new Steps();
    private final Steps fxThread = new Steps();
    private final FakeEngine engine = new FakeEngine();
    private ChecksModel model;

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder);
        model = new ChecksModel(fixture.session, engine, quiet, fxThread::execute, checker);
    }

    @AfterEach
    void close() {
        model.close();
        fixture.close();
    }

    @Test
    void aChangeIsCheckedOnlyOnceTheTypingStopsAndOnTheReportAsItWasThen() {
        engine.answer = r -> List.of(WRONG_RATE);
        Report typed = fixture.stored.withTitle("示例区2023年法治政府建设年度报告（送审稿）");

        fixture.session.replace(typed);
        assertThat(model.runningProperty().get()).as("due while the officer types").isTrue();
        assertThat(quiet.restarts).isEqualTo(1);
        fixture.session.replace(typed.withTitle("示例区报告"));
        assertThat(quiet.restarts).as("each change waits again").isEqualTo(2);
        assertThat(checker.waiting()).as("nothing checked while typing").isZero();

        quiet.runOut();
        checker.runAll();
        assertThat(engine.checked).extracting(Report::title).containsExactly("示例区报告");
        assertThat(model.findings()).as("shown only on the FX thread").isEmpty();

        fxThread.runAll();
        assertThat(model.findings()).containsExactly(WRONG_RATE);
        assertThat(model.checked().title()).isEqualTo("示例区报告");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void onlyTheNewestRunsFindingsAreShownWhateverOrderTheyFinishIn() {
        checkOldThenNew();
        assertThat(quiet.stops).as("running now ends the wait").isGreaterThanOrEqualTo(2);

        fxThread.runFirst(); // the old run comes back first: a newer one is on its way
        assertThat(model.findings()).isEmpty();
        assertThat(model.checked()).isNull();
        assertThat(model.runningProperty().get()).as("still checking").isTrue();

        fxThread.runAll();
        assertThat(model.findings()).containsExactly(NO_SOURCE);
        assertThat(model.checked().title()).isEqualTo("新");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void anOlderRunFinishingLastDoesNotReplaceTheNewerFindings() {
        checkOldThenNew();

        fxThread.runLast();
        fxThread.runAll();

        assertThat(model.findings()).containsExactly(NO_SOURCE);
        assertThat(model.checked().title()).isEqualTo("新");
    }

    @Test
    void anEngineThatFailsIsOneErrorInWordsNotASilentPanel() {
        engine.answer = r -> {
            throw new IllegalStateException("字体文件缺失");
        };
        model.runNow();
        checker.runAll();
        fxThread.runAll();

        assertThat(model.findings()).singleElement().satisfies(f -> {
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.inBody()).isFalse();
            assertThat(f.message()).isEqualTo("检查未能运行：字体文件缺失");
        });
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theFirstCheckIsDueAtOnceButRunsOnlyWhenTheFirstFrameIsDone() {
        engine.answer = r -> List.of(RATE_OK);
        List<Runnable> afterFrame = new ArrayList<>();

        model.runWhen(afterFrame::add);
        assertThat(model.runningProperty().get()).as("whoever waits for the checks waits for it").isTrue();
        assertThat(checker.waiting()).isZero();

        afterFrame.forEach(Runnable::run);
        checker.runAll();
        fxThread.runAll();
        assertThat(engine.checked).containsExactly(fixture.stored);
        assertThat(model.findings()).containsExactly(RATE_OK);
    }

    @Test
    void theCountsAndTheListedGroupsFollowTheFindings() {
        engine.answer = r -> List.of(DATE_ALONE, RATE_OK, NO_SOURCE, WRONG_RATE, RATE_OK);
        model.runNow();
        checker.runAll();
        fxThread.runAll();

        assertThat(model.count(Level.ERROR)).isEqualTo(3);
        assertThat(model.count(Status.OK)).isEqualTo(2);
        assertThat(model.count(Status.UNVERIFIABLE)).isEqualTo(1);
        assertThat(ChecksModel.grouped(model.findings())).as("errors first; a verified figure is not listed")
                .containsExactly(new FindingGroup(Level.ERROR, List.of(WRONG_RATE)),
                        new FindingGroup(Level.WARNING, List.of(NO_SOURCE)),
                        new FindingGroup(Level.INFO, List.of(DATE_ALONE)));
        assertThat(ChecksModel.grouped(List.of(RATE_OK))).as("nothing to look at, no heading").isEmpty();
    }

    @Test
    void closingStopsTheWaitAndTheCheckingThread() {
        fixture.session.replace(fixture.stored.withTitle("示例区报告"));
        model.close();

        assertThat(quiet.stops).isPositive();
        assertThat(checker.isShutdown()).isTrue();
    }

    /** Runs the check on a report titled 旧, then on one titled 新: both are checked, neither shown yet. */
    private void checkOldThenNew() {
        engine.answer = r -> r.title().equals("新") ? List.of(NO_SOURCE) : List.of(WRONG_RATE);
        fixture.session.replace(fixture.stored.withTitle("旧"));
        model.runNow();
        fixture.session.replace(fixture.stored.withTitle("新"));
        model.runNow();
        checker.runAll();
    }

    private static FindingView finding(Level level, Status status, String text) {
        return new FindingView("rule", level, status, "一、（二）", 1, 0, text.length(), text, "关于“" + text + "”");
    }

    /** The quiet wait, run out by the test. */
    private static final class ManualQuiet implements Function<Runnable, ChecksModel.Quiet>, ChecksModel.Quiet {
        private Runnable then;
        int restarts;
        int stops;
        private boolean waiting;

        @Override
        public ChecksModel.Quiet apply(Runnable whenQuiet) {
            then = whenQuiet;
            return this;
        }

        @Override
        public void restart() {
            restarts++;
            waiting = true;
        }

        @Override
        public void stop() {
            stops++;
            waiting = false;
        }

        void runOut() {
            assertThat(waiting).as("the wait was started").isTrue();
            waiting = false;
            then.run();
        }
    }

    /** A thread whose work waits until the test runs it, in the order the test chooses. */
    private static final class Steps extends AbstractExecutorService {
        private final Deque<Runnable> queued = new ArrayDeque<>();
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        int waiting() {
            return queued.size();
        }

        void runFirst() {
            queued.removeFirst().run();
        }

        void runLast() {
            queued.removeLast().run();
        }

        void runAll() {
            while (!queued.isEmpty()) {
                runFirst();
            }
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            List<Runnable> left = List.copyOf(queued);
            queued.clear();
            return left;
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown && queued.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return isTerminated();
        }
    }

    /** The check engine: answers what the test says and remembers which reports it was given. */
    private static final class FakeEngine implements ReportServices {
        Function<Report, List<FindingView>> answer = r -> List.of();
        final List<Report> checked = new ArrayList<>();

        @Override
        public List<FindingView> check(Report report) {
            checked.add(report);
            return answer.apply(report);
        }

        @Override
        public List<Metric> recompute(List<Metric> metrics) {
            return metrics;
        }

        @Override
        public void export(Report report, Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Report read(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
