package io.redweave.ratelimit;

import io.redweave.RateLimitExceededException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer of a rate limiter to one request: whether it was admitted, what is left, and when to come back.
 *
 * <pre>{@code
 * RateLimitResult result = limiter.slidingWindow("api:user:42", 100, Duration.ofMinutes(1));
 * if (!result.allowed()) {
 *     response.setHeader("Retry-After", String.valueOf(result.retryAfter().toSeconds() + 1));
 * }
 * limiter.fixedWindow("login:10.0.0.1", 5, Duration.ofMinutes(1)).orThrow("login:10.0.0.1");
 * }</pre>
 *
 * @param allowed    whether the request was admitted (and counted)
 * @param remaining  how many more permits the limiter would admit right now, never negative
 * @param resetAt    when the limiter is back to its full capacity if no further request arrives; never in the
 *                   past, and never before {@code now + retryAfter}. It is the caller's clock plus the delay the
 *                   Redis server measured, so it stays right when the two clocks differ
 * @param retryAfter how long to wait before this request would be admitted: strictly positive (at least one
 *                   millisecond, rounded up) when the request was denied, {@link Duration#ZERO} when it was admitted
 * @param limit      the most permits the limiter admits at once: {@code max}, {@code capacity} or GCRA's burst
 * @param current    the permits in use after this request: the count in the window, or the tokens taken from a
 *                   full bucket; {@code limit - remaining} unless the caller lowered the limit while requests
 *                   were still counted
 */
public record RateLimitResult(boolean allowed, long remaining, Instant resetAt, Duration retryAfter, long limit,
        long current) {

    /** Checks the invariants above, so that no limiter can ever hand out a zero or negative {@code retryAfter}. */
    public RateLimitResult {
        Objects.requireNonNull(resetAt, "resetAt");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (allowed && !retryAfter.isZero()) {
            throw new IllegalArgumentException("retryAfter " + retryAfter + " is invalid for an admitted request: "
                    + "it must be zero");
        }
        if (!allowed && (retryAfter.isZero() || retryAfter.isNegative())) {
            throw new IllegalArgumentException("retryAfter " + retryAfter + " is invalid for a denied request: "
                    + "it must be positive");
        }
        if (remaining < 0 || limit <= 0 || current < 0) {
            throw new IllegalArgumentException("remaining " + remaining + ", limit " + limit + " and current "
                    + current + " are invalid: remaining and current must not be negative, limit must be positive");
        }
    }

    /** Whether the request was denied; the opposite of {@link #allowed()}. */
    public boolean denied() {
        return !allowed;
    }

    /**
     * Returns this result if the request was admitted, and throws otherwise.
     *
     * @param key the limiter's key, named in the exception
     * @throws RateLimitExceededException when the request was denied; it carries {@code limit}, {@code current}
     *                                    and {@code retryAfter}
     */
    public RateLimitResult orThrow(String key) {
        if (!allowed) {
            throw new RateLimitExceededException(key, limit, current, retryAfter);
        }
        return this;
    }
}
