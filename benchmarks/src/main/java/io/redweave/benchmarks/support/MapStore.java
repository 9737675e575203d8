package io.redweave.benchmarks.support;

import io.redweave.cache.CacheEntry;
import io.redweave.cache.CacheLoaderException;
import io.redweave.cache.FetchOptions;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An in-memory store over a {@link ConcurrentHashMap}, the counterpart of Spring's {@code ConcurrentMapCache}: a
 * lookup is one hash lookup of the rendered key (no expiry, no copies).
 */
public final class MapStore extends StoreBase {
    private final ConcurrentMap<String, Optional<CacheEntry<Object>>> entries = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<CacheEntry<T>> lookup(String key, Type type) {
        Optional<CacheEntry<Object>> found = entries.get(key);
        return found == null ? Optional.empty() : (Optional<CacheEntry<T>>) (Optional<?>) found;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOrFetch(String key, Type type, Callable<? extends T> loader, FetchOptions options) {
        return (T) entries.computeIfAbsent(key, k -> {
            try {
                return Optional.of(new CacheEntry<>(loader.call()));
            } catch (Exception e) {
                throw new CacheLoaderException(key, e);
            }
        }).get().value();
    }

    /** How many keys it holds. */
    public int size() {
        return entries.size();
    }
}
