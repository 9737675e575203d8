package io.redweave.internal.pubsub;

/** Reconnect delays that double from a first delay up to a ceiling, and start over after a success. */
final class Backoff {
    static final long FIRST_MILLIS = 50;
    static final long MAX_MILLIS = 2_000;

    private long next = FIRST_MILLIS;

    /** The delay before the next attempt, in milliseconds. */
    long next() {
        long delay = next;
        next = Math.min(MAX_MILLIS, next * 2);
        return delay;
    }

    /** Starts over from the first delay. */
    void reset() {
        next = FIRST_MILLIS;
    }
}
