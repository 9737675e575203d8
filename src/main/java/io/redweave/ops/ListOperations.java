package io.redweave.ops;

import io.redweave.codec.TypeRef;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Typed operations on Redis lists: the counterpart of the seed library's list module, with {@code LMOVE} and
 * {@code BLMOVE} in place of the deprecated {@code RPOPLPUSH} and {@code BRPOPLPUSH}.
 *
 * <p><b>Values.</b> Elements go through the instance's codec and are decoded to the declared type, so the string
 * {@code "123"} reads back as a string. {@code null} elements are rejected (an empty {@code Optional} means "no
 * element"). A stored element that cannot be decoded is a {@link MalformedValueException} naming the key; when it
 * came from a pop or a move, Redis has removed it and the exception holds its bytes.
 *
 * <p><b>Blocking commands</b> ({@code blpop}, {@code brpop}, {@code blmove}, {@code brpoplpush}) run on a
 * connection of their own, opened for the call and closed after it, outside the pool: they never hold up other
 * commands, and their socket timeout is the block time plus the configured timeout, so a 30 s {@code BLPOP} is not
 * cut off by a 2 s socket timeout. The timeout is a {@code Duration} of whole milliseconds; {@link Duration#ZERO}
 * blocks until an element arrives, on a connection without a read timeout.
 *
 * <p><b>Cluster.</b> Commands over several keys ({@code lmove}, {@code blmove}, {@code rpoplpush},
 * {@code brpoplpush}, {@code blpop}/{@code brpop} over several lists) need their keys in one hash slot. When they
 * are not, the call fails before anything is sent, with an {@link IllegalArgumentException} that names the keys,
 * their slots and the fix: a common hash tag ({@code {user42}:a} and {@code {user42}:b} share a slot).
 *
 * <p>A null or empty key is an {@link IllegalArgumentException}; a Redis failure is a
 * {@link io.redweave.RedisConnectionException} or a {@link io.redweave.RedisOperationException} naming the command
 * and the key. Implementations are thread-safe.
 */
public interface ListOperations {

    /**
     * Inserts values at the head ({@code LPUSH}), so the last value given ends up first; returns the new length.
     * Each argument is one element: a {@code List} passed here is pushed as one element (use
     * {@link #lpushAll}). No values sends no push and returns the current length.
     */
    long lpush(String key, Object... values);

    /** Inserts every value of a collection at the head ({@code LPUSH}); returns the new length. */
    long lpushAll(String key, Collection<?> values);

    /** Appends values at the tail ({@code RPUSH}); returns the new length. No values returns the current length. */
    long rpush(String key, Object... values);

    /** Appends every value of a collection at the tail ({@code RPUSH}); returns the new length. */
    long rpushAll(String key, Collection<?> values);

    /** Inserts a value at the head only if the list exists ({@code LPUSHX}); returns the new length, or 0. */
    long lpushx(String key, Object value);

    /** Appends a value at the tail only if the list exists ({@code RPUSHX}); returns the new length, or 0. */
    long rpushx(String key, Object value);

    /** Removes and returns the first element ({@code LPOP}); empty when the list is empty or missing. */
    <T> Optional<T> lpop(String key, Class<T> type);

    /** Like {@link #lpop(String, Class)}, for a generic type. */
    <T> Optional<T> lpop(String key, TypeRef<T> type);

    /** Removes and returns the last element ({@code RPOP}); empty when the list is empty or missing. */
    <T> Optional<T> rpop(String key, Class<T> type);

    /** Like {@link #rpop(String, Class)}, for a generic type. */
    <T> Optional<T> rpop(String key, TypeRef<T> type);

    /** The elements from {@code start} to {@code stop}, inclusive, negative counting from the end ({@code LRANGE}). */
    <T> List<T> lrange(String key, long start, long stop, Class<T> type);

    /** Like {@link #lrange(String, long, long, Class)}, for a generic type. */
    <T> List<T> lrange(String key, long start, long stop, TypeRef<T> type);

    /** The element at {@code index}, negative counting from the end ({@code LINDEX}); empty when out of range. */
    <T> Optional<T> lindex(String key, long index, Class<T> type);

    /** Like {@link #lindex(String, long, Class)}, for a generic type. */
    <T> Optional<T> lindex(String key, long index, TypeRef<T> type);

    /** The length ({@code LLEN}); 0 for a missing list. */
    long llen(String key);

    /** Keeps only the elements from {@code start} to {@code stop} ({@code LTRIM}). */
    void ltrim(String key, long start, long stop);

    /**
     * Replaces the element at {@code index} ({@code LSET}).
     *
     * @throws io.redweave.RedisOperationException when the index is out of range or the list is missing
     */
    void lset(String key, long index, Object value);

    /**
     * Removes elements equal to {@code value} ({@code LREM}): the first {@code count} from the head when positive,
     * from the tail when negative, all when 0; returns how many. Elements are compared by their encoding, so the
     * value must encode exactly as the stored one did (the same type and field values).
     */
    long lrem(String key, long count, Object value);

    /** Waits up to {@code timeout} for the first element of a list ({@code BLPOP}); empty when none came. */
    default <T> Optional<PoppedValue<T>> blpop(String key, Duration timeout, Class<T> type) {
        return blpop(Collections.singletonList(key), timeout, type);
    }

    /** Like {@link #blpop(String, Duration, Class)}, for a generic type. */
    default <T> Optional<PoppedValue<T>> blpop(String key, Duration timeout, TypeRef<T> type) {
        return blpop(Collections.singletonList(key), timeout, type);
    }

    /**
     * Waits up to {@code timeout} for the first element of the first non-empty list among {@code keys}
     * ({@code BLPOP k1 k2 ... timeout}); the result names the list it came from. On a cluster the keys must share
     * a hash slot.
     */
    <T> Optional<PoppedValue<T>> blpop(List<String> keys, Duration timeout, Class<T> type);

    /** Like {@link #blpop(List, Duration, Class)}, for a generic type. */
    <T> Optional<PoppedValue<T>> blpop(List<String> keys, Duration timeout, TypeRef<T> type);

    /** Waits up to {@code timeout} for the last element of a list ({@code BRPOP}); empty when none came. */
    default <T> Optional<PoppedValue<T>> brpop(String key, Duration timeout, Class<T> type) {
        return brpop(Collections.singletonList(key), timeout, type);
    }

    /** Like {@link #brpop(String, Duration, Class)}, for a generic type. */
    default <T> Optional<PoppedValue<T>> brpop(String key, Duration timeout, TypeRef<T> type) {
        return brpop(Collections.singletonList(key), timeout, type);
    }

    /** Like {@link #blpop(List, Duration, Class)}, taking the last element ({@code BRPOP}). */
    <T> Optional<PoppedValue<T>> brpop(List<String> keys, Duration timeout, Class<T> type);

    /** Like {@link #brpop(List, Duration, Class)}, for a generic type. */
    <T> Optional<PoppedValue<T>> brpop(List<String> keys, Duration timeout, TypeRef<T> type);

    /**
     * Atomically takes an element from one end of {@code source} and puts it at one end of {@code destination}
     * ({@code LMOVE}); returns it, or empty when {@code source} is empty. On a cluster both keys must share a hash
     * slot.
     */
    <T> Optional<T> lmove(String source, String destination, ListEnd from, ListEnd to, Class<T> type);

    /** Like {@link #lmove(String, String, ListEnd, ListEnd, Class)}, for a generic type. */
    <T> Optional<T> lmove(String source, String destination, ListEnd from, ListEnd to, TypeRef<T> type);

    /** Like {@link #lmove}, waiting up to {@code timeout} for {@code source} to have an element ({@code BLMOVE}). */
    <T> Optional<T> blmove(String source, String destination, ListEnd from, ListEnd to, Duration timeout,
            Class<T> type);

    /** Like {@link #blmove(String, String, ListEnd, ListEnd, Duration, Class)}, for a generic type. */
    <T> Optional<T> blmove(String source, String destination, ListEnd from, ListEnd to, Duration timeout,
            TypeRef<T> type);

    /**
     * Moves the last element of {@code source} to the head of {@code destination}: the seed's {@code rpoplpush},
     * run as {@code LMOVE source destination RIGHT LEFT} (the {@code RPOPLPUSH} command is deprecated).
     */
    default <T> Optional<T> rpoplpush(String source, String destination, Class<T> type) {
        return lmove(source, destination, ListEnd.RIGHT, ListEnd.LEFT, type);
    }

    /** Like {@link #rpoplpush(String, String, Class)}, for a generic type. */
    default <T> Optional<T> rpoplpush(String source, String destination, TypeRef<T> type) {
        return lmove(source, destination, ListEnd.RIGHT, ListEnd.LEFT, type);
    }

    /**
     * Like {@link #rpoplpush(String, String, Class)}, waiting up to {@code timeout}: the seed's {@code brpoplpush},
     * run as {@code BLMOVE source destination RIGHT LEFT timeout}.
     */
    default <T> Optional<T> brpoplpush(String source, String destination, Duration timeout, Class<T> type) {
        return blmove(source, destination, ListEnd.RIGHT, ListEnd.LEFT, timeout, type);
    }

    /** Like {@link #brpoplpush(String, String, Duration, Class)}, for a generic type. */
    default <T> Optional<T> brpoplpush(String source, String destination, Duration timeout, TypeRef<T> type) {
        return blmove(source, destination, ListEnd.RIGHT, ListEnd.LEFT, timeout, type);
    }
}
