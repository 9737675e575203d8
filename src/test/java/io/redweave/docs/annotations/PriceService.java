package io.redweave.docs.annotations;

import io.redweave.annotation.Cached;
import io.redweave.annotation.FailurePolicy;
import java.util.concurrent.atomic.AtomicInteger;

/** Prices read through the cache under each failure policy: the service of {@code docs/failure-policies.md}. */
public class PriceService {
    private final AtomicInteger runs = new AtomicInteger();

    // example: failure-service
    @Cached(key = "price:{sku}", ttl = 60)                                     // FAIL_OPEN: without Redis, it runs
    public long price(String sku) {
        runs.incrementAndGet();
        return 4_500;
    }

    @Cached(key = "quote:{sku}", ttl = 60, onFailure = FailurePolicy.FAIL_CLOSED)  // FAIL_CLOSED: without Redis, throws
    public long quote(String sku) {
        runs.incrementAndGet();
        return 4_200;
    }
    // end

    /** How many times a method body ran. */
    public int runs() {
        return runs.get();
    }
}
