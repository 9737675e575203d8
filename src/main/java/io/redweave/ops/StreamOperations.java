package io.redweave.ops;

import io.redweave.codec.TypeRef;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Operations on Redis streams, with consumer groups: the counterpart of the seed library's stream module, plus
 * what it promised and lacked ({@code XGROUP}, {@code XREADGROUP}, {@code XACK}, {@code XPENDING},
 * {@code XAUTOCLAIM}, trimming on {@code XADD}, values decoded on every read).
 *
 * <pre>{@code
 * StreamOperations streams = redweave.streams();
 * streams.xgroupCreate("orders", "billing", StreamOffset.beginning());
 * streams.xadd("orders", Map.of("order", new Order("A-1", 3)), TrimPolicy.approxMaxLen(10_000));
 * List<StreamEntry<Order>> batch = streams.xreadGroup("billing", "worker-1", "orders",
 *         StreamOffset.undelivered(), StreamReadOptions.defaults().count(10).block(Duration.ofSeconds(5)),
 *         Order.class);
 * for (StreamEntry<Order> entry : batch) {
 *     handle(entry.value("order").orElseThrow());
 *     streams.xack("orders", "billing", entry.id());
 * }
 * }</pre>
 *
 * <p><b>Keys, fields and values.</b> Keys are full Redis keys, used as given (build them with
 * {@code redweave.keys()}). Field names are plain strings; values go through the instance's codec and are decoded
 * to the type the reader declares (all values of a read share that type; declare {@code Object.class} or a common
 * supertype for entries of mixed values). Null and empty keys, null field names and null values are an
 * {@link IllegalArgumentException}.
 *
 * <p><b>Malformed values.</b> A stream is a log that many readers share, and one bad entry must neither stop them
 * nor be skipped unseen: an entry with a value that cannot be decoded to the declared type is returned in its
 * place, flagged ({@link StreamEntry#isMalformed()}, with the key, id, field, reason and stored bytes in a
 * {@link MalformedValueException}), and logged at WARN. The read does not fail, a reader that tracks the last id
 * it saw moves past the entry, and a consumer can dead-letter it and acknowledge it. An entry deleted from the
 * stream while it was pending comes back from a read of pending entries with no fields.
 *
 * <p><b>Blocking reads</b> ({@link StreamReadOptions#block}) run on a dedicated connection opened for the call and
 * closed after it, outside the pool, with a socket timeout of the block time plus the normal timeout: a long block
 * is not cut off, and other commands never wait behind it. Each blocking call in flight holds one connection.
 *
 * <p><b>Cluster.</b> A read over several streams is one command, so on a Redis Cluster their keys must share a
 * hash slot; if they do not, the call fails before anything is sent, with an {@link IllegalArgumentException} that
 * names the keys and their slots and explains hash tags ({@code {orders}:eu} and {@code {orders}:us} share a slot).
 *
 * <p><b>Nothing to do.</b> Deleting or acknowledging no ids sends nothing and returns 0; reading no streams sends
 * nothing and returns an empty map. Adding an entry without fields is an {@link IllegalArgumentException} (Redis
 * has no empty entries).
 *
 * <p><b>Failures.</b> A Redis failure is a {@link io.redweave.RedisConnectionException} or a
 * {@link io.redweave.RedisOperationException} naming the command and the key (such as {@code WRONGTYPE}, or
 * {@code NOGROUP} for a group that does not exist). Implementations are thread-safe.
 */
public interface StreamOperations {

    /** Adds an entry with an id Redis generates ({@code XADD key * f v ...}); returns the id. */
    StreamId xadd(String key, Map<String, ?> fields);

    /**
     * Adds an entry and trims the stream in the same command ({@code XADD key MAXLEN|MINID [~] n * f v ...}), so
     * it does not grow without bound; returns the id.
     */
    StreamId xadd(String key, Map<String, ?> fields, TrimPolicy trim);

    /**
     * Adds an entry with an explicit id ({@code XADD key id f v ...}), the seed library's form; the id must be
     * greater than the stream's last id. Returns the id.
     */
    StreamId xadd(String key, StreamId id, Map<String, ?> fields);

    /** Adds an entry with an explicit id and trims the stream in the same command; returns the id. */
    StreamId xadd(String key, StreamId id, Map<String, ?> fields, TrimPolicy trim);

    /** The number of entries ({@code XLEN}); 0 for a missing stream. */
    long xlen(String key);

    /**
     * Trims the stream ({@code XTRIM key MAXLEN|MINID [~] n}); returns how many entries were removed.
     * {@link TrimPolicy#none()} sends nothing and returns 0.
     */
    long xtrim(String key, TrimPolicy trim);

    /** Deletes entries ({@code XDEL}); returns how many existed. No ids sends nothing and returns 0. */
    long xdel(String key, StreamId... ids);

    /** Deletes entries ({@code XDEL}); returns how many existed. No ids sends nothing and returns 0. */
    long xdel(String key, Collection<StreamId> ids);

    /** The entries in a range, oldest first ({@code XRANGE}), values decoded; empty for a missing stream. */
    <T> List<StreamEntry<T>> xrange(String key, StreamRange range, Class<T> type);

    /** Like {@link #xrange(String, StreamRange, Class)}, for a generic type. */
    <T> List<StreamEntry<T>> xrange(String key, StreamRange range, TypeRef<T> type);

    /** The entries in a range, newest first ({@code XREVRANGE}), values decoded; empty for a missing stream. */
    <T> List<StreamEntry<T>> xrevrange(String key, StreamRange range, Class<T> type);

    /** Like {@link #xrevrange(String, StreamRange, Class)}, for a generic type. */
    <T> List<StreamEntry<T>> xrevrange(String key, StreamRange range, TypeRef<T> type);

    /**
     * Reads one stream from an offset ({@code XREAD}), values decoded. Empty when nothing is there, or when a
     * blocking read times out.
     */
    <T> List<StreamEntry<T>> xread(String key, StreamOffset from, StreamReadOptions options, Class<T> type);

    /** Like {@link #xread(String, StreamOffset, StreamReadOptions, Class)}, for a generic type. */
    <T> List<StreamEntry<T>> xread(String key, StreamOffset from, StreamReadOptions options, TypeRef<T> type);

    /**
     * Reads several streams in one command ({@code XREAD ... STREAMS k1 k2 ... id1 id2 ...}), values decoded. The
     * result maps each stream that had entries to them, in the order of the reply; it is empty when nothing is
     * there or a blocking read times out. On a cluster the keys must share a hash slot.
     */
    <T> Map<String, List<StreamEntry<T>>> xread(Map<String, StreamOffset> streams, StreamReadOptions options,
            Class<T> type);

    /** Like {@link #xread(Map, StreamReadOptions, Class)}, for a generic type. */
    <T> Map<String, List<StreamEntry<T>>> xread(Map<String, StreamOffset> streams, StreamReadOptions options,
            TypeRef<T> type);

    /**
     * Creates a consumer group that delivers the entries after {@code from} ({@code XGROUP CREATE key group id
     * MKSTREAM}), creating an empty stream when there is none. Returns {@code true} when the group was created and
     * {@code false} when a group of that name already exists (which is left as it is), so every instance of a
     * service can call this at start-up.
     */
    boolean xgroupCreate(String key, String group, StreamOffset from);

    /**
     * Creates a consumer group ({@code XGROUP CREATE}); with {@code makeStream} false a missing stream is a
     * {@link io.redweave.RedisOperationException} instead of being created. Returns {@code false} when the group
     * already exists.
     */
    boolean xgroupCreate(String key, String group, StreamOffset from, boolean makeStream);

    /** Deletes a consumer group and its pending list ({@code XGROUP DESTROY}); returns whether it existed. */
    boolean xgroupDestroy(String key, String group);

    /**
     * Removes a consumer from a group ({@code XGROUP DELCONSUMER}); its pending entries are dropped from the
     * pending list. Returns how many pending entries it had.
     */
    long xgroupDelConsumer(String key, String group, String consumer);

    /**
     * Reads one stream as {@code consumer} of {@code group} ({@code XREADGROUP}), values decoded. From
     * {@link StreamOffset#undelivered()} it receives new entries, which stay pending until acknowledged (unless
     * {@code noAck}); from an id it re-reads its own pending entries after that id. Empty when nothing is there or
     * a blocking read times out.
     */
    <T> List<StreamEntry<T>> xreadGroup(String group, String consumer, String key, StreamOffset from,
            StreamReadOptions options, Class<T> type);

    /** Like {@link #xreadGroup(String, String, String, StreamOffset, StreamReadOptions, Class)}, generic type. */
    <T> List<StreamEntry<T>> xreadGroup(String group, String consumer, String key, StreamOffset from,
            StreamReadOptions options, TypeRef<T> type);

    /**
     * Reads several streams as {@code consumer} of {@code group} in one command ({@code XREADGROUP}); the group must
     * exist on each. On a cluster the keys must share a hash slot.
     */
    <T> Map<String, List<StreamEntry<T>>> xreadGroup(String group, String consumer,
            Map<String, StreamOffset> streams, StreamReadOptions options, Class<T> type);

    /** Like {@link #xreadGroup(String, String, Map, StreamReadOptions, Class)}, for a generic type. */
    <T> Map<String, List<StreamEntry<T>>> xreadGroup(String group, String consumer,
            Map<String, StreamOffset> streams, StreamReadOptions options, TypeRef<T> type);

    /** Acknowledges entries ({@code XACK}); returns how many were pending. No ids sends nothing and returns 0. */
    long xack(String key, String group, StreamId... ids);

    /** Acknowledges entries ({@code XACK}); returns how many were pending. No ids sends nothing and returns 0. */
    long xack(String key, String group, Collection<StreamId> ids);

    /** The summary of the group's pending entries ({@code XPENDING key group}). */
    PendingSummary xpending(String key, String group);

    /** The group's pending entries that match {@code query}, oldest first ({@code XPENDING key group ...}). */
    List<PendingEntry> xpending(String key, String group, PendingQuery query);

    /**
     * Moves to {@code consumer} the pending entries idle at least {@code minIdle}, scanning the pending list from
     * {@code start} for at most {@code count} entries ({@code XAUTOCLAIM}, Redis 6.2+), and returns them with their
     * values decoded. Call again from {@link ClaimResult#next()} until {@link ClaimResult#complete()}.
     */
    <T> ClaimResult<T> xautoclaim(String key, String group, String consumer, Duration minIdle, StreamId start,
            int count, Class<T> type);

    /** Like {@link #xautoclaim(String, String, String, Duration, StreamId, int, Class)}, for a generic type. */
    <T> ClaimResult<T> xautoclaim(String key, String group, String consumer, Duration minIdle, StreamId start,
            int count, TypeRef<T> type);
}
