package org.nianbao.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The window's background threads: one each for the store, the checks and import/export. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** One daemon thread, so a closing window never waits for it. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
