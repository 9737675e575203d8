package io.redweave.annotation;

/** What an annotated method does when Redis is unreachable or too slow. */
public enum FailurePolicy {
    /**
     * Run the method as if there were no Redis: no caching, no rate limit, invalidations queued for a background
     * retry. The default for {@link Cached}, {@link RateLimited} and {@link InvalidateCache}.
     */
    FAIL_OPEN,
    /** Throw a {@link io.redweave.RedisConnectionException} at once. The default for {@link SessionScoped}. */
    FAIL_CLOSED
}
