package io.redweave.ops;

import io.redweave.codec.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed operations on Redis hashes: the counterpart of the seed library's hash module.
 *
 * <p><b>Keys and fields.</b> Keys are full Redis keys, used as given (build them with {@code redweave.keys()});
 * field names are plain strings. A null or empty key, or a null field name, is an
 * {@link IllegalArgumentException}.
 *
 * <p><b>Values.</b> Values go through the instance's codec (JSON by default) and are decoded to the type the caller
 * declares, so the string {@code "123"} reads back as the string {@code "123"}, never as a number. {@code null}
 * values are rejected: a hash has no null fields (delete the field with {@link #hdel} instead). A stored value that
 * cannot be decoded to the declared type is a {@link MalformedValueException} naming the key and the field.
 *
 * <p><b>Missing hashes.</b> Redis has no empty hashes: a missing key reads as an empty hash, so {@link #hgetall}
 * returns an empty map, {@link #hvals} an empty list, {@link #hlen} zero.
 *
 * <p><b>Failures.</b> A Redis failure is a {@link io.redweave.RedisConnectionException} or a
 * {@link io.redweave.RedisOperationException} naming the command and the key (such as {@code WRONGTYPE} when the
 * key holds another type). Implementations are thread-safe.
 */
public interface HashOperations {

    /** Sets one field ({@code HSET}); returns {@code true} when the field is new, {@code false} when replaced. */
    boolean hset(String key, String field, Object value);

    /**
     * Sets several fields in one command ({@code HSET key f1 v1 f2 v2 ...}); returns how many of them are new.
     * An empty map sends nothing and returns 0.
     */
    long hmset(String key, Map<String, ?> fields);

    /** Sets a field only if it does not exist yet ({@code HSETNX}); returns whether it was set. */
    boolean hsetnx(String key, String field, Object value);

    /** The value of a field ({@code HGET}), or empty when the field or the hash is missing. */
    <T> Optional<T> hget(String key, String field, Class<T> type);

    /** The value of a field, decoded to a generic type such as {@code List<Ticket>}. */
    <T> Optional<T> hget(String key, String field, TypeRef<T> type);

    /**
     * The values of several fields ({@code HMGET}), in the order of {@code fields}; a missing field is empty.
     * An empty list of fields sends nothing and returns an empty list.
     */
    <T> List<Optional<T>> hmget(String key, List<String> fields, Class<T> type);

    /** Like {@link #hmget(String, List, Class)}, for a generic type. */
    <T> List<Optional<T>> hmget(String key, List<String> fields, TypeRef<T> type);

    /**
     * Every field and value ({@code HGETALL}), in Redis's order. A missing hash gives an empty map (the seed
     * library returned {@code null}); the map is never null.
     */
    <T> Map<String, T> hgetall(String key, Class<T> type);

    /** Like {@link #hgetall(String, Class)}, for a generic type. */
    <T> Map<String, T> hgetall(String key, TypeRef<T> type);

    /** Every value ({@code HVALS}); empty for a missing hash. */
    <T> List<T> hvals(String key, Class<T> type);

    /** Like {@link #hvals(String, Class)}, for a generic type. */
    <T> List<T> hvals(String key, TypeRef<T> type);

    /** The field names ({@code HKEYS}); empty for a missing hash. */
    Set<String> hkeys(String key);

    /**
     * Adds {@code increment} to an integer field, creating it at 0 ({@code HINCRBY}); returns the new value. The
     * field then reads back as a {@code Long}. A field holding anything but an integer is a
     * {@link io.redweave.RedisOperationException}.
     */
    long hincrby(String key, String field, long increment);

    /**
     * Adds {@code increment} to a numeric field, creating it at 0 ({@code HINCRBYFLOAT}); returns the new value.
     *
     * @throws IllegalArgumentException when the increment is {@code NaN} or infinite
     */
    double hincrbyfloat(String key, String field, double increment);

    /** Deletes fields ({@code HDEL}); returns how many existed. No fields sends nothing and returns 0. */
    long hdel(String key, String... fields);

    /** Whether the field exists ({@code HEXISTS}). */
    boolean hexists(String key, String field);

    /** The number of fields ({@code HLEN}); 0 for a missing hash. */
    long hlen(String key);

    /**
     * The length in bytes of a field's stored value ({@code HSTRLEN}), which is its encoding: with the default
     * JSON codec the string {@code "abc"} is stored as {@code "abc"} with its quotes, 5 bytes. 0 when missing.
     */
    long hstrlen(String key, String field);
}
