package io.redweave.internal.pubsub;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.Connection;

/** The threads of a manager: its handler threads, and joining or closing with a bound. */
final class Threads {
    private static final long IDLE_SECONDS = 30;

    private Threads() {
    }

    /**
     * A pool of daemon handler threads named {@code <name>-handler-<n>}: a thread per queue that has work, none
     * while idle (a thread ends after 30 s without work), so a slow handler never holds up another queue.
     */
    static ExecutorService handlerThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, name + "-handler-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Waits up to {@code timeout} for the thread to end; returns whether it did. */
    static boolean join(Thread thread, Duration timeout) {
        try {
            thread.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    /**
     * Shuts the pool down and, unless called from one of its own threads, waits up to {@code timeout} for running
     * work, then interrupts it.
     */
    static void shutdown(ExecutorService pool, Duration timeout, boolean fromPoolThread) {
        pool.shutdown();
        if (fromPoolThread) {
            return;
        }
        try {
            if (!pool.awaitTermination(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (RuntimeException e) {
                Reporter.LOG.debug("Closing a subscriber connection failed: {}", e.toString());
            }
        }
    }
}
