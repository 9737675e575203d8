package io.redweave.internal.weave;

import io.redweave.cache.CacheManager;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries failed invalidations in the background until they succeed, so a stale entry is never silently kept:
 * each pattern is retried with a delay doubling from 100 ms to 30 s; the same pattern is queued once; a full queue
 * or a shutdown with work left is logged at ERROR with every pattern dropped.
 */
final class InvalidationRetrier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvalidationRetrier.class);
    private static final Duration FIRST_DELAY = Duration.ofMillis(100);
    private static final Duration MAX_DELAY = Duration.ofSeconds(30);
    private static final int MAX_PENDING = 10_000;

    private final CacheManager cache;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "redweave-invalidation-retry");
        thread.setDaemon(true);
        return thread;
    });

    InvalidationRetrier(CacheManager cache) {
        this.cache = cache;
    }

    /** Queues {@code pattern} (already rendered) for retry; does nothing if it is queued already. */
    void retry(String pattern) {
        if (pending.size() >= MAX_PENDING) {
            LOG.error("Invalidation retry queue is full ({} patterns); dropping '{}': its entries may stay stale"
                    + " until they expire", MAX_PENDING, pattern);
            return;
        }
        if (pending.add(pattern)) {
            LOG.warn("Cache invalidation of '{}' failed; retrying in the background", pattern);
            schedule(pattern, FIRST_DELAY);
        }
    }

    /** How many invalidations are waiting for a retry. */
    int pendingCount() {
        return pending.size();
    }

    private void schedule(String pattern, Duration delay) {
        if (!executor.isShutdown()) {
            executor.schedule(() -> attempt(pattern, delay), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void attempt(String pattern, Duration delay) {
        try {
            InvalidationStep.invalidate(cache, pattern);
            pending.remove(pattern);
            LOG.info("Cache invalidation of '{}' succeeded on retry", pattern);
        } catch (RuntimeException e) {
            Duration next = delay.multipliedBy(2).compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay.multipliedBy(2);
            LOG.debug("Retry of invalidation '{}' failed ({}); next in {} ms", pattern, e.getMessage(), next.toMillis());
            schedule(pattern, next);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        if (!pending.isEmpty()) {
            LOG.error("Shutting down with {} cache invalidations not done; their entries may stay stale until they"
                    + " expire: {}", pending.size(), pending);
        }
    }
}
