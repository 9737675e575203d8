package io.redweave.weave.contract.services;

import io.redweave.annotation.Cached;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caching scenarios on a class without interfaces (a proxy of it must be a subclass): TTL expiry, {@code null}
 * results with and without {@code cacheNulls}, a failing method, and the default key.
 */
public class ReportService {
    private final AtomicInteger runs = new AtomicInteger();

    /** Cached for 300 milliseconds under {@code report:{id}}. */
    @Cached(key = "report:{id}", ttl = 300, unit = TimeUnit.MILLISECONDS)
    public String shortLived(String id) {
        return "report " + id + " #" + runs.incrementAndGet();
    }

    /** Always {@code null}, which is not cached ({@code cacheNulls} is off). */
    @Cached(key = "nullable:{id}", ttl = 60)
    public String nullable(String id) {
        runs.incrementAndGet();
        return null;
    }

    /** Always {@code null}, cached for 60 seconds under {@code null-cached:{id}}. */
    @Cached(key = "null-cached:{id}", ttl = 60, cacheNulls = true, nullTtl = 60)
    public String nullCached(String id) {
        runs.incrementAndGet();
        return null;
    }

    /** Always throws an {@link IllegalStateException}; nothing is ever cached under {@code failing:{id}}. */
    @Cached(key = "failing:{id}", ttl = 60)
    public String failing(String id) {
        throw new IllegalStateException("report " + id + " failed on run " + runs.incrementAndGet());
    }

    /** Cached under the default key: this method's qualified name and both arguments. */
    @Cached(ttl = 60)
    public String byDefaultKey(String id, int page) {
        return "page " + page + " of " + id + " #" + runs.incrementAndGet();
    }

    /** How many times a method body ran (not annotated: never intercepted). */
    public int runs() {
        return runs.get();
    }
}
