package io.redweave.internal.pubsub;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * When a subscriber connection was last heard from, and whether its last probe went unanswered: a connection that
 * stays silent for a whole interval after a probe is taken for dead, because a connection cut without a word (a
 * load balancer dropping it, a host gone) would otherwise never raise an error on a socket without read timeout.
 *
 * <p>The beat runs on the manager's handler threads, driven by the JDK's shared delay scheduler, so it holds no
 * thread of its own between beats.
 */
final class Heartbeat {
    private final Duration interval;
    private volatile long heardAt = System.nanoTime();
    private long probedAt;
    private boolean probing;

    Heartbeat(Duration interval) {
        this.interval = interval;
    }

    Duration interval() {
        return interval;
    }

    /** Anything read from the connection (a message or a reply) shows it is alive. */
    void heard() {
        heardAt = System.nanoTime();
    }

    /** Whether the last probe, sent an interval ago, is still unanswered and nothing else was heard since. */
    boolean unanswered() {
        return probing && heardAt - probedAt < 0;
    }

    /** Notes a probe about to be sent (before sending, so that a quick answer is never older than the probe). */
    void probed() {
        probing = true;
        probedAt = System.nanoTime();
    }

    void reset() {
        probing = false;
    }

    /** Runs {@code beat} every interval on {@code executor} until {@code stopped} says so. */
    void schedule(Executor executor, Runnable beat, BooleanSupplier stopped) {
        CompletableFuture.delayedExecutor(interval.toNanos(), TimeUnit.NANOSECONDS, executor).execute(() -> {
            if (!stopped.getAsBoolean()) {
                beat.run();
                schedule(executor, beat, stopped);
            }
        });
    }
}
