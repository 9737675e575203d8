package io.redweave.weave.contract.services;

import io.redweave.annotation.Cached;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import java.util.concurrent.atomic.AtomicInteger;

/** Failure-policy scenarios (Redis stopped): each annotation under FAIL_OPEN and FAIL_CLOSED, and a plain method. */
public class ResilientService {
    private final AtomicInteger runs = new AtomicInteger();

    /** Cached under {@code open:{id}}; runs without Redis when it is down (FAIL_OPEN, the default). */
    @Cached(key = "open:{id}", ttl = 60)
    public String openCached(String id) {
        return "open " + id + " #" + runs.incrementAndGet();
    }

    /** Cached under {@code closed:{id}}; throws when Redis is down (FAIL_CLOSED). */
    @Cached(key = "closed:{id}", ttl = 60, onFailure = FailurePolicy.FAIL_CLOSED)
    public String closedCached(String id) {
        return "closed " + id + " #" + runs.incrementAndGet();
    }

    /** Limited (generously) under {@code open-limit:{id}}; unlimited when Redis is down (FAIL_OPEN). */
    @RateLimited(key = "open-limit:{id}", limit = 1000, window = 60)
    public String openLimited(String id) {
        return "limited " + id + " #" + runs.incrementAndGet();
    }

    /** Limited under {@code closed-limit:{id}}; throws when Redis is down (FAIL_CLOSED). */
    @RateLimited(key = "closed-limit:{id}", limit = 1000, window = 60, onFailure = FailurePolicy.FAIL_CLOSED)
    public String closedLimited(String id) {
        return "limited " + id + " #" + runs.incrementAndGet();
    }

    /** Invalidates {@code open:{id}}; when Redis is down it runs anyway and the invalidation is retried later. */
    @InvalidateCache(pattern = "open:{id}")
    public void openInvalidate(String id) {
        runs.incrementAndGet();
    }

    /** Invalidates {@code closed:{id}}; when Redis is down it throws, and the invalidation is retried later. */
    @InvalidateCache(pattern = "closed:{id}", onFailure = FailurePolicy.FAIL_CLOSED)
    public void closedInvalidate(String id) {
        runs.incrementAndGet();
    }

    /** Not annotated: the baseline a woven call is compared with. */
    public String plain(String id) {
        return "plain " + id + " #" + runs.incrementAndGet();
    }

    /** How many times a method body ran. */
    public int runs() {
        return runs.get();
    }
}
