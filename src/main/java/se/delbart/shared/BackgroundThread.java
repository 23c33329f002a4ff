package se.delbart.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Background work that must never hold up a request or the shutdown: one daemon thread with a bounded queue; a task
 * offered while the queue is full is refused ({@link java.util.concurrent.RejectedExecutionException}), so the caller
 * decides what a refusal means (drop it, count it, try on the next request). The owner shuts it down.
 */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    /** A single daemon thread named {@code name} with room for {@code queue} waiting tasks. */
    public static ThreadPoolExecutor named(String name, int queue) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }
}
