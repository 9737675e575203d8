package io.redweave.benchmarks.services;

import io.redweave.annotation.Cached;
import io.redweave.benchmarks.support.User;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service of the stampede scenario: a {@code @Cached} lookup whose loader takes {@link #LOAD_MILLIS} and counts
 * its calls across every instance of every RedWeave in the process.
 */
public class SlowUserService {
    /** How long one load takes. */
    public static final long LOAD_MILLIS = 200;
    /** Loader calls, across instances. */
    public static final AtomicInteger LOADS = new AtomicInteger();

    /** Loads a user slowly; cached for an hour under {@code stampede:{id}}. */
    @Cached(key = "stampede:{id}", ttl = 3600)
    public User find(String id) throws InterruptedException {
        LOADS.incrementAndGet();
        Thread.sleep(LOAD_MILLIS);
        return new User(id, "Loaded once", "once@example.invalid", 1, List.of("viewer"));
    }
}
