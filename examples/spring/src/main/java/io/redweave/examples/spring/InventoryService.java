package io.redweave.examples.spring;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.annotation.RateLimited;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Spring bean with RedWeave annotations: stock levels are cached, and reservations are rate limited per customer
 * and invalidate the cached stock of the item reserved.
 */
public class InventoryService {
    private final Map<String, Integer> stock = new ConcurrentHashMap<>(Map.of("tea", 10, "kettle", 3));
    private final AtomicInteger reads = new AtomicInteger();

    /** The units of {@code sku} in stock, cached for 30 seconds. */
    @Cached(key = "stock:{sku}", ttl = 30)
    public int stock(String sku) {
        reads.incrementAndGet();
        return stock.getOrDefault(sku, 0);
    }

    /** Reserves units of {@code sku}; at most two reservations per customer and minute. */
    @RateLimited(key = "reserve:{customer}", limit = 2, window = 60)
    @InvalidateCache(pattern = "stock:{sku}")
    public int reserve(String customer, String sku, int quantity) {
        return stock.merge(sku, -quantity, Integer::sum);
    }

    /** How many times the stock was really read. */
    public int reads() {
        return reads.get();
    }
}
