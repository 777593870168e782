package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.nianbao.model.Report;
import org.nianbao.store.ReportStore;
import org.nianbao.ui.app.MainWindow;
import org.nianbao.ui.app.UserSettings;
import org.nianbao.ui.common.Messages;
import org.nianbao.ui.session.ReportSession;

/** The main window over a fresh database holding the 100-page report, for the window's benchmarks. */
final class HundredPageWindow {

    private HundredPageWindow() {
    }

    /** Starts JavaFX and shows the window at a size; {@code name} keeps its settings apart from the app's. */
    static MainWindow open(String name, int width, int height) throws Exception {
        Path db = Files.createTempDirectory("nianbao-" + name).resolve(name + ".db");
        Report big;
        try (ReportStore store = ReportStore.open(db)) {
            big = store.insert(HundredPageReport.ofPages(100));
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            ReportStore store = ReportStore.open(db);
            ReportSession session = new ReportSession(store, Messages.of(Locale.SIMPLIFIED_CHINESE));
            session.show(store.load(big.id()));
            window[0] = new MainWindow(session, new UserSettings(Preferences.userRoot().node("org/nianbao/bench/" + name)),
                    p -> { });
            Stage stage = new Stage();
            stage.setScene(window[0].scene(width, height));
            stage.show();
        });
        return window[0];
    }

    static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
