package org.nianbao.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.model.Report;
import org.nianbao.ui.app.CoreServices;
import org.nianbao.ui.app.MainWindow;
import org.nianbao.ui.app.ReportServices;
import org.nianbao.ui.app.WindowExtension;
import org.nianbao.ui.app.WindowFixture;
import org.nianbao.ui.common.AnsweringDialogs;
import org.nianbao.ui.session.ReportSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 (start-up): the window's first check waits until its first frame is laid out, and then
 * runs by itself: its findings appear without any edit.
 */
@org.junit.jupiter.api.extension.ExtendWith(WindowExtension.class)
class FirstCheckTest {

    @TempDir
    Path dir;
    private WindowFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, fixture::close);
        }
    }

    @Test
    void theFirstCheckRunsAfterTheFirstFrameAndItsFindingsAppear(FxRobot robot) throws Exception {
        fixture = new WindowFixture(dir);
        List<String> events = new CopyOnWriteArrayList<>();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            // as the app starts: the window and its services first, the stage shown afterwards
            org.nianbao.store.ReportStore store = org.nianbao.store.ReportStore.open(fixture.database);
            Report report = store.insert(fixture.seed);
            ReportSession session = new ReportSession(store, org.nianbao.ui.common.Messages.of(java.util.Locale.SIMPLIFIED_CHINESE));
            session.show(report);
            fixture.session = session;
            MainWindow window = new MainWindow(session, fixture.settings, p -> { });
            fixture.window = window;
            CoreServices core = new CoreServices();
            window.attach(new ReportServices() {
                @Override
                public List<FindingView> check(Report r) {
                    events.add("check");
                    return core.check(r);
                }

                @Override
                public List<org.nianbao.model.Metric> recompute(List<org.nianbao.model.Metric> metrics) {
                    return core.recompute(metrics);
                }

                @Override
                public void export(Report r, Path target) {
                    core.export(r, target);
                }

                @Override
                public Report read(Path file) {
                    return core.read(file);
                }
            }, new AnsweringDialogs());
            assertThat(window.checks().runningProperty().get()).as("due from the start").isTrue();
            stage[0] = new Stage();
            javafx.scene.Scene scene = window.scene(1000, 700);
            scene.addPostLayoutPulseListener(() -> {
                if (!events.contains("frame")) {
                    events.add("frame");
                }
            });
            stage[0].setScene(scene);
        });
        Thread.sleep((long) ChecksModel.QUIET.toMillis() + 300); // the old timer would have fired by now
        assertThat(events).as("no check before the window is shown").isEmpty();

        robot.interact(() -> stage[0].show());
        fixture.awaitChecks();

        assertThat(events).containsExactly("frame", "check");
        assertThat(fixture.window.checks().checked()).isNotNull();
        assertThat(fixture.window.checksPane().tree().getRoot().getChildren()).isNotEmpty();
        robot.interact(() -> stage[0].hide());
    }
}
