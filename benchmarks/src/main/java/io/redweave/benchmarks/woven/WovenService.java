package io.redweave.benchmarks.woven;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service woven at compile time by ajc with RedWeave's aspect (only this package is woven: see
 * {@code src/main/ajc/ajc.xml}). The aspect hands each call to the interception core of {@code RedWeave.get()}.
 */
public class WovenService {
    private final AtomicLong loads = new AtomicLong();

    /** Loads a user; cached for an hour under {@code user:{id}}. */
    @Cached(key = "user:{id}", ttl = 3600)
    public User find(String id) {
        loads.incrementAndGet();
        return Payload.USER;
    }

    /**
     * Matched by the aspect's pointcut (it carries the container of {@code @InvalidateCache}) but holds no
     * invalidation, so the core's plan for it is empty: the advice reaches the core, which looks the plan up and
     * proceeds. This is AspectJ's "adapter reaching the interception core, nothing else".
     */
    @InvalidateCache.List({})
    public String emptyPlan(String id) {
        return id;
    }

    /** Not advised: the direct call. */
    public String plain(String id) {
        return id;
    }

    /** How often {@link #find} ran. */
    public long loads() {
        return loads.get();
    }
}
