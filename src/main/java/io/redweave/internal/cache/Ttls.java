package io.redweave.internal.cache;

import io.redweave.cache.CacheManager;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Validation and arithmetic of cache TTLs: positive whole milliseconds, or {@link CacheManager#NO_EXPIRY}. */
public final class Ttls {

    /** The longest TTL accepted: 1000 years. Anything longer is meant as {@link CacheManager#NO_EXPIRY}. */
    static final Duration LONGEST = Duration.ofDays(365_000);

    private Ttls() {
    }

    /**
     * Returns {@code ttl} when it is valid: positive, whole milliseconds, at most 1000 years, or (when
     * {@code noExpiryAllowed}) {@link CacheManager#NO_EXPIRY}.
     *
     * @throws IllegalArgumentException naming {@code name}, the value and the rule
     */
    public static Duration require(String name, Duration ttl, boolean noExpiryAllowed) {
        String alternative = noExpiryAllowed ? "; pass CacheManager.NO_EXPIRY to store without expiry" : "";
        if (ttl == null) {
            throw new IllegalArgumentException(name + " is null: pass a positive Duration" + alternative);
        }
        if (ttl.equals(CacheManager.NO_EXPIRY)) {
            if (noExpiryAllowed) {
                return ttl;
            }
            throw new IllegalArgumentException(name + " is CacheManager.NO_EXPIRY, which is not allowed here: pass a "
                    + "positive Duration");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(name + " " + ttl + " is invalid: it must be positive (a TTL of 0 does "
                    + "not mean 'no expiry' here)" + alternative);
        }
        if (ttl.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(name + " " + ttl + " is invalid: it must be a whole number of "
                    + "milliseconds, the precision Redis expires keys with (1.5 s is fine, 1.5 ms is not)");
        }
        if (ttl.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(name + " " + ttl + " is invalid: it must be at most 1000 years"
                    + alternative);
        }
        return ttl;
    }

    /** The TTL in milliseconds for {@code PX}, or 0 for {@link CacheManager#NO_EXPIRY}. */
    static long millis(Duration ttl) {
        return ttl.equals(CacheManager.NO_EXPIRY) ? 0 : ttl.toMillis();
    }

    /**
     * A TTL in milliseconds drawn uniformly from {@code [ttl × (1 − jitter), ttl]}; 0 (no expiry) stays 0, and
     * the result is at least 1 ms.
     */
    static long jittered(long millis, double jitter) {
        if (millis == 0 || jitter == 0) {
            return millis;
        }
        long lowest = Math.max(1, (long) Math.ceil(millis * (1 - jitter)));
        return lowest >= millis ? millis : ThreadLocalRandom.current().nextLong(lowest, millis + 1);
    }
}
