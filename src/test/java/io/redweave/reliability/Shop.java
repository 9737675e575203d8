package io.redweave.reliability;

import io.redweave.annotation.Cached;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;

/** The annotated service the fault tests call: each method's result names the call that produced it. */
public interface Shop {

    /** A cached item, FAIL_OPEN (the default). */
    @Cached(key = "item:{id}", ttl = 60)
    String item(String id);

    /** A cached item, FAIL_CLOSED. */
    @Cached(key = "strict:{id}", ttl = 60, onFailure = FailurePolicy.FAIL_CLOSED)
    String strictItem(String id);

    /** A rate-limited call whose limit is never reached, FAIL_OPEN (the default). */
    @RateLimited(key = "browse:{caller}", limit = 1_000_000_000, window = 60)
    String browse(String caller);

    /** Invalidates one item, FAIL_OPEN (the default). */
    @InvalidateCache(pattern = "item:{id}")
    void rename(String id);

    /** No annotation: the baseline for added latency. */
    String plain(String id);

    /** How many times a method body ran. */
    int runs();

    /** The service behind {@link Shop}: counts its runs. */
    final class Impl implements Shop {
        private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String item(String id) {
            return "item " + id + " #" + runs.incrementAndGet();
        }

        @Override
        public String strictItem(String id) {
            return "strict " + id + " #" + runs.incrementAndGet();
        }

        @Override
        public String browse(String caller) {
            return "browse " + caller + " #" + runs.incrementAndGet();
        }

        @Override
        public void rename(String id) {
            runs.incrementAndGet();
        }

        @Override
        public String plain(String id) {
            return "plain " + id;
        }

        @Override
        public int runs() {
            return runs.get();
        }
    }
}
