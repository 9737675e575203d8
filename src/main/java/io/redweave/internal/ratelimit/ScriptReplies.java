package io.redweave.internal.ratelimit;

import io.redweave.ratelimit.RateLimitResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The reading of the limiter scripts' common reply, {@code {allowed, remaining, current, reset in us, retry after
 * in us}}, into a {@link RateLimitResult}.
 *
 * <p>Implementation notes: the scripts measure delays on the server's clock and return them relative to the
 * server's now; {@code resetAt} is the caller's clock when the reply arrives plus that delay. So it is never in
 * the past for the caller, whatever the difference between the two clocks. {@code retryAfter} is rounded up to a
 * whole millisecond (at least one), so waiting it is always enough, even with a millisecond sleep.
 */
final class ScriptReplies {

    private ScriptReplies() {
    }

    /** The result of a limiter script's reply, for a limiter of size {@code limit}. */
    static RateLimitResult result(Object reply, long limit) {
        List<?> values = (List<?>) reply;
        boolean allowed = number(values, 0) == 1;
        long remaining = number(values, 1);
        long current = number(values, 2);
        long resetMicros = Math.max(0, number(values, 3));
        long retryMicros = number(values, 4);
        Instant now = Instant.now();
        Duration retryAfter = allowed ? Duration.ZERO : Duration.ofMillis(Math.max(1, ceilDiv(retryMicros, 1000)));
        Duration resetIn = Duration.of(resetMicros, ChronoUnit.MICROS);
        if (resetIn.compareTo(retryAfter) < 0) {
            resetIn = retryAfter;
        }
        return new RateLimitResult(allowed, remaining, now.plus(resetIn), retryAfter, limit, current);
    }

    /** The count in a limiter script's reply (its third element). */
    static long current(Object reply) {
        return number((List<?>) reply, 2);
    }

    private static long number(List<?> values, int index) {
        return ((Number) values.get(index)).longValue();
    }

    private static long ceilDiv(long value, long divisor) {
        return -Math.floorDiv(-value, divisor);
    }
}
