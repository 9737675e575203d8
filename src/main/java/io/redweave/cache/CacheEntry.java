package io.redweave.cache;

/**
 * An entry found in the cache, as {@link CacheManager#lookup} returns it: its {@code value} is {@code null} when
 * the entry is a cached {@code null} (written by {@code getOrFetch} with null caching on, or by
 * {@code set(key, null, ttl)}).
 *
 * @param value the cached value, or {@code null} for a cached null
 * @param <T>   the declared type
 */
public record CacheEntry<T>(T value) {

    /** Whether the entry is a cached {@code null}. */
    public boolean isNull() {
        return value == null;
    }
}
