package io.redweave.cache;

import io.redweave.internal.cache.Ttls;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link CacheManager#getOrFetch(String, Class, java.util.concurrent.Callable, FetchOptions) getOrFetch}
 * stores what its loader returns and how long it waits for another instance's loader.
 *
 * <pre>{@code
 * FetchOptions options = FetchOptions.of(Duration.ofMinutes(5))
 *         .cacheNulls(Duration.ofSeconds(30))   // remember "not found" for 30 s
 *         .jitter(0.1)                          // each TTL drawn from [4.5 min, 5 min]
 *         .maxWait(Duration.ofSeconds(2));      // wait at most 2 s for another instance's loader
 * }</pre>
 *
 * <ul>
 *   <li>{@code ttl}: how long a loaded value lives; required. {@link CacheManager#NO_EXPIRY} stores it without
 *       expiry (and without jitter).
 *   <li>{@code cacheNulls(nullTtl)}: a {@code null} from the loader is stored as a cached null for
 *       {@code nullTtl}. Off by default: a {@code null} is returned and nothing is stored.
 *   <li>{@code jitter(fraction)}: each stored TTL is drawn uniformly from {@code [ttl × (1 − fraction), ttl]},
 *       so entries written together do not expire together. Default 0.
 *   <li>{@code leaseTime}: how long the distributed lease of a loading instance lives; it should exceed the
 *       loader's slowest run. Default {@value #DEFAULT_LEASE_SECONDS} s.
 *   <li>{@code maxWait}: how long an instance that finds the lease taken waits for the value before it calls
 *       its own loader. Default {@value #DEFAULT_MAX_WAIT_SECONDS} s; 0 means do not wait.
 * </ul>
 * Instances are immutable: every method returns a new instance. Invalid values fail at once, with a message
 * naming the value and the rule.
 */
public final class FetchOptions {
    /** The default lease time, in seconds. */
    public static final int DEFAULT_LEASE_SECONDS = 10;
    /** The default wait for another instance's loader, in seconds. */
    public static final int DEFAULT_MAX_WAIT_SECONDS = 5;

    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final Duration ttl;
    private final Duration nullTtl;
    private final double jitter;
    private final Duration leaseTime;
    private final Duration maxWait;

    private FetchOptions(Duration ttl, Duration nullTtl, double jitter, Duration leaseTime, Duration maxWait) {
        this.ttl = ttl;
        this.nullTtl = nullTtl;
        this.jitter = jitter;
        this.leaseTime = leaseTime;
        this.maxWait = maxWait;
    }

    /**
     * Options that store loaded values for {@code ttl}, with the defaults for everything else.
     *
     * @throws IllegalArgumentException when {@code ttl} is not positive, not a whole number of milliseconds, or
     *     too long (see {@link CacheManager#set})
     */
    public static FetchOptions of(Duration ttl) {
        return new FetchOptions(Ttls.require("ttl", ttl, true), null, 0,
                Duration.ofSeconds(DEFAULT_LEASE_SECONDS), Duration.ofSeconds(DEFAULT_MAX_WAIT_SECONDS));
    }

    /** These options with null caching on: a {@code null} from the loader is stored for {@code nullTtl}. */
    public FetchOptions cacheNulls(Duration nullTtl) {
        return new FetchOptions(ttl, Ttls.require("nullTtl", nullTtl, false), jitter, leaseTime, maxWait);
    }

    /**
     * These options with TTL jitter: each stored TTL is drawn from {@code [ttl × (1 − fraction), ttl]}.
     *
     * @throws IllegalArgumentException when {@code fraction} is not at least 0 and below 1
     */
    public FetchOptions jitter(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("jitter " + fraction + " is invalid: it must be at least 0 and below 1"
                    + " (0.1 draws each TTL from the last 10% below the ttl)");
        }
        return new FetchOptions(ttl, nullTtl, fraction, leaseTime, maxWait);
    }

    /** These options with another lease time; it must be positive, whole milliseconds, at most 10 minutes. */
    public FetchOptions leaseTime(Duration leaseTime) {
        Ttls.require("leaseTime", leaseTime, false);
        if (leaseTime.compareTo(LONGEST_WAIT) > 0) {
            throw new IllegalArgumentException("leaseTime " + leaseTime + " is invalid: it must be at most "
                    + LONGEST_WAIT + ", so that a crashed loader never blocks others for long");
        }
        return new FetchOptions(ttl, nullTtl, jitter, leaseTime, maxWait);
    }

    /** These options with another wait bound; it must be 0 or more, at most 10 minutes. */
    public FetchOptions maxWait(Duration maxWait) {
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative() || maxWait.compareTo(LONGEST_WAIT) > 0) {
            throw new IllegalArgumentException("maxWait " + maxWait + " is invalid: it must be from 0 to "
                    + LONGEST_WAIT);
        }
        return new FetchOptions(ttl, nullTtl, jitter, leaseTime, maxWait);
    }

    /** How long a loaded value lives. */
    public Duration ttl() {
        return ttl;
    }

    /** Whether a {@code null} from the loader is cached. */
    public boolean cacheNulls() {
        return nullTtl != null;
    }

    /** How long a cached null lives, when null caching is on. */
    public Optional<Duration> nullTtl() {
        return Optional.ofNullable(nullTtl);
    }

    /** The TTL jitter, a fraction from 0 (none) to below 1. */
    public double jitter() {
        return jitter;
    }

    /** How long the distributed lease of a loading instance lives. */
    public Duration leaseTime() {
        return leaseTime;
    }

    /** How long an instance waits for another instance's loader before it loads itself. */
    public Duration maxWait() {
        return maxWait;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchOptions that && ttl.equals(that.ttl) && Objects.equals(nullTtl, that.nullTtl)
                && jitter == that.jitter && leaseTime.equals(that.leaseTime) && maxWait.equals(that.maxWait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ttl, nullTtl, jitter, leaseTime, maxWait);
    }

    @Override
    public String toString() {
        return "FetchOptions[ttl=" + ttl + ", nullTtl=" + nullTtl + ", jitter=" + jitter + ", leaseTime="
                + leaseTime + ", maxWait=" + maxWait + "]";
    }
}
