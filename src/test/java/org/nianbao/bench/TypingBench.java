package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.app.CoreServices;
import org.nianbao.ui.app.MainWindow;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.outline.OutlineNode;
import org.nianbao.ui.session.ReportSession;
import org.nianbao.ui.app.UserSettings;

/**
 * How long one keystroke holds the FX thread in a 100-page report (the save and the checks run
 * elsewhere), and how long one run of the checks takes on it off the FX thread.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) -Dglass.platform=Monocle \
 *   -Dmonocle.platform=Headless -Dprism.order=sw org.nianbao.bench.TypingBench
 * </pre>
 */
public final class TypingBench {

    private TypingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Files.createTempDirectory("nianbao-typing").resolve("typing.db");
        Report big;
        try (ReportStore store = ReportStore.open(db)) {
            big = store.insert(HundredPageReport.ofPages(100));
        }
        List<Long> checks = new ArrayList<>();
        CoreServices services = new CoreServices();
        for (int i = 0; i < 7; i++) {
            long t0 = System.nanoTime();
            services.check(big);
            checks.add((System.nanoTime() - t0) / 1000);
        }
        System.out.println("check of the 100-page report: median " + median(checks) / 1000.0 + " ms");

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<Long> keystrokes = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ReportStore store = ReportStore.open(db);
            ReportSession session = new ReportSession(store, Messages.of(Locale.SIMPLIFIED_CHINESE));
            session.show(store.load(big.id()));
            MainWindow window = new MainWindow(session,
                    new UserSettings(Preferences.userRoot().node("org/nianbao/bench/typing")), p -> { });
            window.attach(services, null);
            Stage stage = new Stage();
            stage.setScene(window.scene(1280, 800));
            stage.show();
            // The last part's last section: the deepest place in the tree to look a section up.
            TreeItem<OutlineNode> last = window.outline().tree().getRoot();
            while (!last.getChildren().isEmpty()) {
                last = last.getChildren().get(last.getChildren().size() - 1);
            }
            window.outline().tree().getSelectionModel().select(last);
            var body = window.editor().body();
            for (int i = 0; i < 400; i++) {
                long t0 = System.nanoTime();
                body.insertText(body.getLength(), i % 2 == 0 ? "法" : "治");
                keystrokes.add((System.nanoTime() - t0) / 1000);
            }
            session.saveNow();
            done.countDown();
        });
        done.await();
        List<Long> warm = keystrokes.subList(100, keystrokes.size());
        System.out.println("keystroke on the FX thread: median " + median(warm) + " µs, max "
                + warm.stream().mapToLong(Long::longValue).max().orElse(0) + " µs (after 100 warm-up keys)");
        Platform.exit();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
