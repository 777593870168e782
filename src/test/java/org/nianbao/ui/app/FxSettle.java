package org.nianbao.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Waits until the FX thread has handled what a test step started, without TestFX's fixed pauses.
 *
 * <p>TestFX's {@code waitForFxEvents} makes five trips through the FX queue with a 10 ms sleep after
 * each: at least 50 ms for every key, click and {@code interact}. In the window tests that was 110 s of
 * the 170 s (measured with a flight recording; docs/benchmarks.md). Here the trips do not sleep: a robot's
 * key or click is a runnable on the FX queue that posts the event it causes to the same queue, and a
 * handler may post more, so several trips in a row reach the end of such a chain. One layout pulse in
 * the middle brings CSS and layout up to date, so the next step finds nodes where they are drawn.
 * Work on other threads (the store, the checker) is not covered: tests wait for its result by condition.
 */
public final class FxSettle {

    /** Trips through the queue: a robot's runnable, the event it posts, and what handlers post in turn. */
    private static final int TRIPS = 5;
    private static final long TIMEOUT_SECONDS = 10;

    private FxSettle() {
    }

    /** The FX queue is handled, a layout pulse has passed, and what that pulse posted is handled too. */
    public static void settle() {
        drain();
        pulse();
        drain();
    }

    /** Only the FX queue, without waiting for a pulse: between the key presses of one shortcut. */
    public static void drain() {
        for (int trip = 0; trip < TRIPS; trip++) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(done::countDown);
            await(done, "the FX queue");
        }
    }

    private static void pulse() {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            List<Scene> scenes = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    scenes.add(w.getScene());
                }
            }
            if (scenes.isEmpty()) {
                laidOut.countDown();
                return;
            }
            // one listener is enough: every scene is laid out in the same pulse
            Scene scene = scenes.get(0);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                laidOut.countDown();
                // not while the scene walks its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        await(laidOut, "a layout pulse");
    }

    private static void await(CountDownLatch latch, String what) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("FxSettle waits for the FX thread and cannot run on it");
        }
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the FX thread did not reach " + what + " in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }
}
