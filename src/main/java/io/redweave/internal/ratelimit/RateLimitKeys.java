package io.redweave.internal.ratelimit;

import io.redweave.key.KeyBuilder;
import io.redweave.key.KeyPrefix;
import java.util.List;

/**
 * The key layout of the rate limiter: {@code [namespace:]rl:<algorithm>:<key>}, one key space per algorithm.
 *
 * <p>The algorithm's tag is the first segment after the rate-limit prefix and the caller's key comes last, so no
 * key of one algorithm can ever equal a key of another: the same caller key used with two algorithms names two
 * independent limits of the right Redis types. The caller's key is taken as a whole key (it is usually rendered,
 * and encoded, by a key template already), and only the namespace is put before it.
 */
final class RateLimitKeys {
    static final String SLIDING_WINDOW = "sw:";
    static final String FIXED_WINDOW = "fw:";
    static final String TOKEN_BUCKET = "tb:";
    static final String GCRA = "gcra:";

    private final KeyBuilder keys;
    private final String prefix;

    RateLimitKeys(KeyBuilder keys) {
        this.keys = keys;
        this.prefix = keys.prefixes().get(KeyPrefix.RATE_LIMIT);
    }

    /** The sorted set of the sliding window, also read by {@code check} and {@code getUsage}. */
    String slidingWindow(String key) {
        return keys.qualify(prefix + SLIDING_WINDOW + key);
    }

    /** The counter of the fixed window. */
    String fixedWindow(String key) {
        return keys.qualify(prefix + FIXED_WINDOW + key);
    }

    /** The hash of the token bucket. */
    String tokenBucket(String key) {
        return keys.qualify(prefix + TOKEN_BUCKET + key);
    }

    /** The theoretical arrival time of GCRA. */
    String gcra(String key) {
        return keys.qualify(prefix + GCRA + key);
    }

    /** Every algorithm's key for {@code key}. */
    List<String> all(String key) {
        return List.of(slidingWindow(key), fixedWindow(key), tokenBucket(key), gcra(key));
    }
}
