package io.redweave.ratelimit;

import java.time.Duration;

/**
 * A distributed rate limiter on Redis with four algorithms: sliding window, fixed window, token bucket and GCRA.
 *
 * <pre>{@code
 * RateLimiter limiter = redweave.rateLimiter();
 * RateLimitResult result = limiter.slidingWindow("api:user:42", 100, Duration.ofMinutes(1));
 * limiter.tokenBucket("export:tenant:7", 10, 0.5).orThrow("export:tenant:7");
 * limiter.gcra("sms:+15550100", 5, Duration.ofMinutes(1));
 * }</pre>
 *
 * <p>Every check is one round trip: one Lua script that reads the Redis server's clock ({@code TIME}) or the
 * key's expiry, decides, records the request and sets the key's expiry atomically. So a limit is never exceeded
 * under any concurrency, from any number of processes, and two requests in the same microsecond count as two.
 * Every key the limiter writes has an expiry: each script that writes, for an admitted or a denied request, sets
 * it in the same step, to the moment the key's state no longer matters.
 *
 * <p>Keys: each algorithm has its own key space, {@code [namespace:]rl:sw:<key>}, {@code rl:fw:<key>},
 * {@code rl:tb:<key>} and {@code rl:gcra:<key>}, so the same {@code key} used with two algorithms names two
 * independent limits and never fails with {@code WRONGTYPE}. {@code key} is used as given (like a cache key): it
 * is a whole key, such as one rendered from a key template, not a part to encode. Each check touches one key,
 * so the limiter works unchanged on Redis Cluster.
 *
 * <p>Arguments are validated before anything is sent: counts and durations must be positive, permits must not
 * exceed the limit (such a request could never be admitted), and the refill rate must be a finite positive
 * number; a wrong value is an {@link IllegalArgumentException} naming the value and the rule. Durations are
 * counted in whole milliseconds (rounded up) and may be at most 3650 days. A Redis failure is a
 * {@link io.redweave.RedisConnectionException} or {@link io.redweave.RedisOperationException}. Implementations
 * are thread-safe.
 */
public interface RateLimiter {

    /** Admits at most {@code max} requests in any {@code window}-long interval; one permit per call. */
    default RateLimitResult slidingWindow(String key, long max, Duration window) {
        return slidingWindow(key, max, window, 1);
    }

    /**
     * Sliding window: admits the request if the permits admitted in the last {@code window} plus {@code permits}
     * do not exceed {@code max}. Exact: it remembers every admitted permit (a sorted-set entry) until it leaves
     * the window, so memory grows with {@code max}; denied requests are not counted.
     */
    RateLimitResult slidingWindow(String key, long max, Duration window, long permits);

    /** Admits at most {@code max} requests per window; one permit per call. */
    default RateLimitResult fixedWindow(String key, long max, Duration window) {
        return fixedWindow(key, max, window, 1);
    }

    /**
     * Fixed window: a counter that starts with the first request and expires {@code window} later. Admits the
     * request if the count plus {@code permits} does not exceed {@code max}; denied requests are not counted.
     * One small counter per key, but up to {@code 2 * max} requests can pass around a window boundary.
     */
    RateLimitResult fixedWindow(String key, long max, Duration window, long permits);

    /** Takes one token from a bucket of {@code capacity} tokens refilled at {@code refillPerSecond}. */
    default RateLimitResult tokenBucket(String key, long capacity, double refillPerSecond) {
        return tokenBucket(key, capacity, refillPerSecond, 1);
    }

    /**
     * Token bucket: a bucket that starts full with {@code capacity} tokens and refills continuously at
     * {@code refillPerSecond} (fractions allowed, such as {@code 0.5}); the request is admitted and takes
     * {@code tokens} if that many are in the bucket. Allows bursts up to {@code capacity}, then the refill rate.
     */
    RateLimitResult tokenBucket(String key, long capacity, double refillPerSecond, long tokens);

    /** GCRA with a burst of {@code limit}: {@code limit} requests at once, then one every {@code period / limit}. */
    default RateLimitResult gcra(String key, long limit, Duration period) {
        return gcra(key, limit, period, limit, 1);
    }

    /**
     * Generic cell rate algorithm: requests are spaced {@code period / limit} apart (rounded up to a whole
     * microsecond, so the rate is never above {@code limit / period}), and up to {@code burst} permits may be
     * taken at once. Exact, and stores one number per key. The request takes {@code permits}.
     */
    RateLimitResult gcra(String key, long limit, Duration period, long burst, long permits);

    /**
     * Reads the sliding window of {@code key} without recording anything: whether one more request would be
     * admitted under {@code max} per {@code window}, and the count. It counts exactly what
     * {@link #slidingWindow} counts (a permit admitted {@code window} ago has left), and its {@code retryAfter}
     * and {@code resetAt} are computed from the permits inside the window only.
     */
    RateLimitResult check(String key, long max, Duration window);

    /** Forgets every algorithm's state for {@code key}; returns whether there was any. */
    boolean reset(String key);

    /** The permits the sliding window of {@code key} counted in the last {@code window}, read only. */
    long getUsage(String key, Duration window);
}
