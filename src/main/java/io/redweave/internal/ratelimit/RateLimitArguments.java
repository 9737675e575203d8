package io.redweave.internal.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * The validation of the rate limiter's arguments, before anything is sent to Redis. Each failure is an
 * {@link IllegalArgumentException} that names the value and the rule, such as
 * {@code "max 0 is invalid: it must be positive"}.
 *
 * <p>Implementation notes: the scripts compute in Lua numbers (doubles) with microsecond timestamps, which are
 * exact up to 2^53. Counts are therefore at most 2^53 - 1, and durations at most 3650 days, so that a timestamp
 * plus a window (or a GCRA tolerance, or a bucket's refill time) stays exact for centuries.
 */
final class RateLimitArguments {
    /** The longest window, period, GCRA tolerance or bucket refill time accepted. */
    static final Duration MAX_DURATION = Duration.ofDays(3650);
    /** The largest count (max, capacity, limit, burst, permits) accepted: 2^53 - 1. */
    static final long MAX_COUNT = (1L << 53) - 1;

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private RateLimitArguments() {
    }

    /** The caller's key: not null, not empty. */
    static String key(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key '' is invalid: it must not be empty");
        }
        return key;
    }

    /** A count such as {@code max}: positive and at most {@link #MAX_COUNT}. */
    static long count(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " " + value + " is invalid: it must be positive");
        }
        if (value > MAX_COUNT) {
            throw new IllegalArgumentException(name + " " + value + " is invalid: it must be at most " + MAX_COUNT);
        }
        return value;
    }

    /** Permits taken by one request: positive and at most the limit, or the request could never be admitted. */
    static long permits(String name, long permits, String limitName, long limit) {
        count(name, permits);
        if (permits > limit) {
            throw new IllegalArgumentException(name + " " + permits + " is invalid: it must not exceed " + limitName
                    + " " + limit + ", or the request could never be admitted");
        }
        return permits;
    }

    /** A window: positive, at most {@link #MAX_DURATION}, in whole milliseconds rounded up. */
    static long millis(String name, Duration duration) {
        checkDuration(name, duration);
        long nanos = duration.toNanos();
        return nanos / 1_000_000L + (nanos % 1_000_000L == 0 ? 0 : 1);
    }

    /** A period: positive, at most {@link #MAX_DURATION}, in whole milliseconds rounded up, as microseconds. */
    static long micros(String name, Duration duration) {
        return millis(name, duration) * 1000L;
    }

    /** A refill rate: a finite positive number of tokens per second. */
    static double rate(String name, double perSecond) {
        if (Double.isNaN(perSecond) || Double.isInfinite(perSecond) || perSecond <= 0) {
            throw new IllegalArgumentException(name + " " + perSecond
                    + " is invalid: it must be a finite positive number of tokens per second");
        }
        return perSecond;
    }

    /** A bucket must refill from empty within {@link #MAX_DURATION}, or its key could never be given an expiry. */
    static void refillTime(long capacity, double perSecond) {
        double seconds = capacity / perSecond;
        if (seconds > MAX_DURATION.toSeconds()) {
            throw new IllegalArgumentException("refillPerSecond " + perSecond + " is invalid for capacity " + capacity
                    + ": the bucket would take " + (long) seconds + " s to refill; it must refill within "
                    + MAX_DURATION.toDays() + " days");
        }
    }

    /**
     * GCRA's emission interval, {@code period / limit} rounded up to a whole microsecond, after checking that it
     * is at least one microsecond and that the tolerance {@code burst * interval} is at most {@link #MAX_DURATION}.
     */
    static long gcraInterval(long limit, long periodMicros, Duration period, long burst) {
        if (limit > periodMicros) {
            throw new IllegalArgumentException("limit " + limit + " is invalid for period " + period
                    + ": GCRA spaces requests at least 1 microsecond apart, so it must be at most " + periodMicros);
        }
        long interval = periodMicros / limit + (periodMicros % limit == 0 ? 0 : 1);
        long maxTolerance = MAX_DURATION.toSeconds() * MICROS_PER_SECOND;
        if (burst > maxTolerance / interval) {
            throw new IllegalArgumentException("burst " + burst + " is invalid for limit " + limit + " per " + period
                    + ": a burst that takes longer than " + MAX_DURATION.toDays() + " days to drain is not allowed");
        }
        return interval;
    }

    private static void checkDuration(String name, Duration duration) {
        Objects.requireNonNull(duration, () -> name + " must not be null");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " " + duration + " is invalid: it must be positive");
        }
        if (duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(name + " " + duration + " is invalid: it must be at most "
                    + MAX_DURATION.toDays() + " days");
        }
    }
}
