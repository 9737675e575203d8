package io.redweave.cache;

import io.redweave.codec.TypeRef;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The cache: typed values in Redis, each with a time to live, under RedWeave's cache key space.
 *
 * <p><b>Keys.</b> Callers pass logical keys such as {@code "event:42"}; the manager stores each at
 * {@code [namespace:]cache:<key>}. Patterns ({@link #invalidate}, {@link #keys}) are Redis globs matched after
 * that prefix, so no pattern can reach a key outside the cache key space, and {@link #clear()} deletes exactly
 * {@code [namespace:]cache:*}.
 *
 * <p><b>Values.</b> Values go through the instance's codec (JSON by default) and are decoded to the declared
 * type only; a string stays a string ({@code "123"} is never read back as a number). An entry that cannot be
 * decoded to the declared type is a miss: it is deleted, counted in {@link #stats()} and logged once at WARN;
 * it is never an exception in the caller.
 *
 * <p><b>Time to live.</b> Every write takes a TTL: a positive {@code Duration} of whole milliseconds (1.5 s is
 * fine), stored atomically with the value ({@code SET ... PX}). Zero, negative and sub-millisecond TTLs are
 * rejected. {@link #NO_EXPIRY} stores without expiry, for callers who ask for it explicitly.
 *
 * <p><b>Failures.</b> A Redis failure is a {@link io.redweave.RedisConnectionException} or
 * {@link io.redweave.RedisOperationException}, except in {@link #getOrFetch getOrFetch}, which answers from its
 * loader instead. On a Redis Cluster multi-key calls are split per hash slot: nothing raises {@code CROSSSLOT}.
 * Implementations are thread-safe.
 */
public interface CacheManager {

    /** The TTL that means "no expiry"; pass it to store a value that lives until it is deleted. */
    Duration NO_EXPIRY = ChronoUnit.FOREVER.getDuration();

    /** At most this many keys are returned by {@link #keys(String)}, as in the TypeScript library. */
    int DEFAULT_KEYS_LIMIT = 10_000;

    /** The value at {@code key}; empty when there is none, when it is a cached null, or when it is malformed. */
    default <T> Optional<T> get(String key, Class<T> type) {
        return get(key, (Type) type);
    }

    /** The value at {@code key}, decoded to a generic type such as {@code List<Event>}. */
    default <T> Optional<T> get(String key, TypeRef<T> type) {
        return get(key, type.type());
    }

    /** The value at {@code key}, decoded to a reflected type; the caller asserts that {@code T} matches it. */
    <T> Optional<T> get(String key, Type type);

    /** The entry at {@code key}, telling a cached null (an entry whose value is null) from a miss (empty). */
    default <T> Optional<CacheEntry<T>> lookup(String key, Class<T> type) {
        return lookup(key, (Type) type);
    }

    /** The entry at {@code key}, decoded to a generic type; a cached null is an entry whose value is null. */
    default <T> Optional<CacheEntry<T>> lookup(String key, TypeRef<T> type) {
        return lookup(key, type.type());
    }

    /** The entry at {@code key}, decoded to a reflected type; a cached null is an entry whose value is null. */
    <T> Optional<CacheEntry<T>> lookup(String key, Type type);

    /**
     * Stores {@code value} (a {@code null} is stored as a cached null) with its TTL, in one command.
     *
     * @throws IllegalArgumentException when the key is empty, or the TTL is null, not positive, not a whole number
     *     of milliseconds, or longer than 1000 years (use {@link #NO_EXPIRY})
     */
    void set(String key, Object value, Duration ttl);

    /** Deletes the entry at {@code key} ({@code UNLINK}); returns whether there was one. */
    boolean delete(String key);

    /**
     * The value at {@code key}, or else the loader's value, stored for {@code ttl}; see
     * {@link #getOrFetch(String, Type, Callable, FetchOptions)}.
     */
    default <T> T getOrFetch(String key, Class<T> type, Callable<? extends T> loader, Duration ttl) {
        return getOrFetch(key, (Type) type, loader, FetchOptions.of(ttl));
    }

    /** Like {@link #getOrFetch(String, Class, Callable, Duration)}, for a generic type. */
    default <T> T getOrFetch(String key, TypeRef<T> type, Callable<? extends T> loader, Duration ttl) {
        return getOrFetch(key, type.type(), loader, FetchOptions.of(ttl));
    }

    /** Like {@link #getOrFetch(String, Type, Callable, FetchOptions)}, for a class. */
    default <T> T getOrFetch(String key, Class<T> type, Callable<? extends T> loader, FetchOptions options) {
        return getOrFetch(key, (Type) type, loader, options);
    }

    /** Like {@link #getOrFetch(String, Type, Callable, FetchOptions)}, for a generic type. */
    default <T> T getOrFetch(String key, TypeRef<T> type, Callable<? extends T> loader, FetchOptions options) {
        return getOrFetch(key, type.type(), loader, options);
    }

    /**
     * The value at {@code key}, or else the value of {@code loader}, stored as {@code options} say; the loader is
     * called once however many callers miss the key at the same time:
     * <ul>
     *   <li>in this process, concurrent misses of one key share one loader call (single flight); a loader
     *       exception reaches every caller of that flight, is not cached, and the next call tries again;
     *   <li>across processes, the first instance takes a short lease ({@code [namespace:]cache-lease:<key>});
     *       the others poll for its value for at most {@link FetchOptions#maxWait()}, and load themselves only if
     *       it does not come (or the lease holder failed);
     *   <li>a {@code null} from the loader is returned and, only with {@link FetchOptions#cacheNulls}, stored as
     *       a cached null, which later calls return without calling the loader;
     *   <li>when Redis fails (down, timing out, refusing), the loader answers: no Redis error reaches the caller,
     *       and a failed write-back is logged.
     * </ul>
     * Callers of one key must declare the same type: callers that share a flight share its value.
     *
     * @throws CacheLoaderException when the loader throws a checked exception (unchecked ones pass as they are)
     */
    <T> T getOrFetch(String key, Type type, Callable<? extends T> loader, FetchOptions options);

    /** The values at {@code keys}, in their order (one round trip per cluster node); misses are empty. */
    default <T> List<Optional<T>> mget(List<String> keys, Class<T> type) {
        return mget(keys, (Type) type);
    }

    /** Like {@link #mget(List, Class)}, for a generic type. */
    default <T> List<Optional<T>> mget(List<String> keys, TypeRef<T> type) {
        return mget(keys, type.type());
    }

    /** Like {@link #mget(List, Class)}, for a reflected type. An empty list gives an empty list. */
    <T> List<Optional<T>> mget(List<String> keys, Type type);

    /**
     * Stores every entry with the same TTL, atomically per hash slot (one script per slot: a standalone server
     * writes all of them at once, a cluster all those of one slot); no entry is ever left without its TTL. An
     * empty map does nothing.
     */
    void mset(Map<String, ?> entries, Duration ttl);

    /** Whether there is an entry at {@code key}. */
    boolean exists(String key);

    /** The time the entry at {@code key} has left; {@link #NO_EXPIRY} if it has no expiry; empty if missing. */
    Optional<Duration> ttl(String key);

    /** Gives the entry at {@code key} a new TTL (positive, whole milliseconds); returns whether it exists. */
    boolean expire(String key, Duration ttl);

    /**
     * Deletes the entries whose logical keys match the glob {@code pattern} ({@code "event:*"} deletes
     * {@code [namespace:]cache:event:*}) with {@code SCAN} and {@code UNLINK}; returns how many were deleted.
     */
    long invalidate(String pattern);

    /** The logical keys matching the glob {@code pattern}, at most {@value #DEFAULT_KEYS_LIMIT}. */
    default List<String> keys(String pattern) {
        return keys(pattern, DEFAULT_KEYS_LIMIT);
    }

    /** The logical keys matching the glob {@code pattern}, at most {@code limit}, found with {@code SCAN}. */
    List<String> keys(String pattern, int limit);

    /** Adds 1 to the counter at {@code key} (created at 0, without expiry) and returns the new value. */
    default long increment(String key) {
        return increment(key, 1);
    }

    /** Adds {@code amount} to the counter at {@code key} (created at 0, without expiry); returns the new value. */
    long increment(String key, long amount);

    /**
     * Adds {@code amount} to the counter at {@code key} and returns the new value; when the counter has no
     * expiry (it was just created), it gets {@code ttl} in the same script, so it never lives forever by accident.
     */
    long increment(String key, long amount, Duration ttl);

    /** Subtracts 1 from the counter at {@code key}; see {@link #increment(String, long)}. */
    default long decrement(String key) {
        return decrement(key, 1);
    }

    /** Subtracts {@code amount} from the counter at {@code key}; see {@link #increment(String, long)}. */
    long decrement(String key, long amount);

    /** Subtracts {@code amount}; see {@link #increment(String, long, Duration)}. */
    long decrement(String key, long amount, Duration ttl);

    /**
     * Stores a {@code Map} or an object's properties as the fields of a Redis hash, each value encoded by the
     * codec: the old fields are removed and the TTL is set in the same script ({@code DEL}, {@code HSET},
     * {@code PEXPIRE}). An empty map leaves no entry.
     *
     * @throws IllegalArgumentException when {@code value} is null or has no properties (a string, a number, a
     *     list)
     */
    void setHash(String key, Object value, Duration ttl);

    /** The hash at {@code key}, its fields decoded into {@code type} (a record, a bean or a {@code Map}). */
    default <T> Optional<T> getHash(String key, Class<T> type) {
        return getHash(key, (Type) type);
    }

    /** Like {@link #getHash(String, Class)}, for a generic type such as {@code Map<String, Integer>}. */
    default <T> Optional<T> getHash(String key, TypeRef<T> type) {
        return getHash(key, type.type());
    }

    /** Like {@link #getHash(String, Class)}, for a reflected type. */
    <T> Optional<T> getHash(String key, Type type);

    /**
     * Deletes every entry of the cache key space, {@code [namespace:]cache:*}, and nothing else (no
     * {@code FLUSHDB}: sessions, rate limits and other keys stay); returns how many were deleted.
     */
    long clear();

    /** This manager's counters since it was created. */
    CacheStats stats();
}
