package io.redweave.test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes; the interval grows from 2 ms to 50 ms. */
final class Await {

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} is true.
     *
     * @param failure the message of the exception thrown when the deadline passes; computed only then
     */
    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMicros = 2_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new RedisTestException(failure.get() + " (waited " + timeout.toMillis() + " ms)");
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(pauseMicros));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new RedisTestException("interrupted while waiting: " + failure.get());
            }
            pauseMicros = Math.min(pauseMicros * 2, 50_000);
        }
    }
}
