package io.redweave.docs.migration;

import io.redweave.RedWeave;
import io.redweave.cache.CacheManager;
import io.redweave.ratelimit.RateLimiter;
import java.time.Duration;

// example: migration-constructor-injection
/** A service that is given its RedWeave, by hand or by any DI container. */
public final class OrderService {
    private final CacheManager cache;
    private final RateLimiter limiter;

    public OrderService(RedWeave redweave) {
        this.cache = redweave.cache();
        this.limiter = redweave.rateLimiter();
    }

    public String status(String userId, String orderId) {
        limiter.slidingWindow("orders:" + userId, 100, Duration.ofMinutes(1)).orThrow("orders:" + userId);
        return cache.getOrFetch("order-status:" + orderId, String.class, () -> "PAID", Duration.ofSeconds(30));
    }
}
// end
