package io.redweave.benchmarks.support;

import io.redweave.cache.CacheManager;
import io.redweave.cache.CacheStats;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CacheManager} that supports nothing: the base of the in-process stores the local-path benchmarks plug
 * into the interception core in place of Redis. Subclasses implement the two methods {@code @Cached} uses.
 */
abstract class StoreBase implements CacheManager {

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("the benchmark store only serves @Cached lookups");
    }

    @Override
    public <T> Optional<T> get(String key, Type type) {
        throw unsupported();
    }

    @Override
    public void set(String key, Object value, Duration ttl) {
        throw unsupported();
    }

    @Override
    public boolean delete(String key) {
        throw unsupported();
    }

    @Override
    public <T> List<Optional<T>> mget(List<String> keys, Type type) {
        throw unsupported();
    }

    @Override
    public void mset(Map<String, ?> entries, Duration ttl) {
        throw unsupported();
    }

    @Override
    public boolean exists(String key) {
        throw unsupported();
    }

    @Override
    public Optional<Duration> ttl(String key) {
        throw unsupported();
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        throw unsupported();
    }

    @Override
    public long invalidate(String pattern) {
        throw unsupported();
    }

    @Override
    public List<String> keys(String pattern, int limit) {
        throw unsupported();
    }

    @Override
    public long increment(String key, long amount) {
        throw unsupported();
    }

    @Override
    public long increment(String key, long amount, Duration ttl) {
        throw unsupported();
    }

    @Override
    public long decrement(String key, long amount) {
        throw unsupported();
    }

    @Override
    public long decrement(String key, long amount, Duration ttl) {
        throw unsupported();
    }

    @Override
    public void setHash(String key, Object value, Duration ttl) {
        throw unsupported();
    }

    @Override
    public <T> Optional<T> getHash(String key, Type type) {
        throw unsupported();
    }

    @Override
    public long clear() {
        throw unsupported();
    }

    @Override
    public CacheStats stats() {
        throw unsupported();
    }
}
