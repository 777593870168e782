package org.nianbao.ui.session;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.nianbao.ui.common.DaemonThreads;

/**
 * The one thread that writes to the database. Every write goes through it, in the order the officer
 * made the edits, so a text save still queued can never land after the section was deleted, and the
 * FX thread never waits on the disk while the officer types.
 */
final class StoreWorker implements AutoCloseable {

    private final ExecutorService executor = DaemonThreads.single("nianbao-store");

    <T> CompletableFuture<T> submit(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** Runs a write and waits for it: for structure edits, whose ids the next edit needs. */
    <T> T call(Callable<T> work) {
        try {
            return submit(work).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** Waits until every write queued before this call is on disk. */
    void drain() {
        submit(() -> null).join();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
