package org.nianbao.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The window's background threads: one each for the store, the checks, import/export and the preview, and start-up's. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** One daemon thread, so a closing window never waits for it. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }

    /** One daemon thread that also runs work after a delay (the preview's quiet wait after typing). */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name));
    }

    /** Runs work once on a daemon thread of its own (start-up's work beside the toolkit). */
    public static Thread start(String name, Runnable work) {
        Thread t = daemon(work, name);
        t.start();
        return t;
    }

    private static Thread daemon(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }
}
