package io.redweave.benchmarks.support;

import io.redweave.cache.CacheEntry;
import io.redweave.cache.FetchOptions;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The no-op store of PRODUCT section 8's local path: every lookup is a hit on one prepared entry, without looking
 * at the key, allocating or touching Redis. What remains of a {@code @Cached} hit is RedWeave's own work: dispatch,
 * the method's plan, key rendering and the return shape.
 */
public final class NoopStore extends StoreBase {
    private final Optional<CacheEntry<Object>> hit;

    /** A store whose every lookup finds {@code value}. */
    public NoopStore(Object value) {
        this.hit = Optional.of(new CacheEntry<>(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<CacheEntry<T>> lookup(String key, Type type) {
        return (Optional<CacheEntry<T>>) (Optional<?>) hit;
    }

    @Override
    public <T> T getOrFetch(String key, Type type, Callable<? extends T> loader, FetchOptions options) {
        throw new IllegalStateException("the no-op store always hits; a miss on '" + key + "' means a bug");
    }
}
