package org.nianbao.ui.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Work that must happen on the FX thread, asked for from a background task. */
public final class FxThread {

    private FxThread() {
    }

    /** Runs on the FX thread: at once when already there, else later. */
    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** Asks on the FX thread (a dialog) and waits for the answer; the calling task waits meanwhile. */
    public static <T> T ask(Supplier<T> question) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        FutureTask<T> task = new FutureTask<>(question::get);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
