package io.redweave;

import java.time.Duration;

/** A rate limit denied a call. Carries the limit's key, its size, the current count and when to retry. */
public class RateLimitExceededException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final long limit;
    private final long current;
    private final Duration retryAfter;

    public RateLimitExceededException(String key, long limit, long current, Duration retryAfter) {
        super("Rate limit exceeded for key '" + key + "': " + current + " of " + limit
                + " used; retry after " + retryAfter.toMillis() + " ms");
        this.key = key;
        this.limit = limit;
        this.current = current;
        this.retryAfter = retryAfter;
    }

    public String key() {
        return key;
    }

    public long limit() {
        return limit;
    }

    public long current() {
        return current;
    }

    /** How long to wait before the next call can be admitted; always positive. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
