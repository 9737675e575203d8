package io.redweave.internal.ops;

import io.redweave.codec.TypeRef;
import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.ClaimResult;
import io.redweave.ops.PendingEntry;
import io.redweave.ops.PendingQuery;
import io.redweave.ops.PendingSummary;
import io.redweave.ops.StreamEntry;
import io.redweave.ops.StreamId;
import io.redweave.ops.StreamOffset;
import io.redweave.ops.StreamOperations;
import io.redweave.ops.StreamRange;
import io.redweave.ops.StreamReadOptions;
import io.redweave.ops.TrimPolicy;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link StreamOperations} over Jedis's binary stream commands: field names as UTF-8, values through the codec.
 * Writes go through {@link StreamWrites}, reads through {@link StreamReads} (blocking reads on dedicated
 * connections) and are decoded by {@link StreamReplies}, consumer-group commands through {@link StreamGroups}.
 *
 * <p>Implementation note: this class only dispatches, one short method per public overload (a {@code Class} and a
 * {@code TypeRef} form of each read), which is why it is longer than the 200 lines of the house style.
 */
public final class JedisStreamOperations implements StreamOperations {

    private final UnifiedJedis client;
    private final StreamWrites writes;
    private final StreamReads reads;
    private final StreamReplies replies;
    private final StreamGroups groups;

    /** Creates the stream operations of one RedWeave instance. */
    public JedisStreamOperations(RedisContext context) {
        this.client = context.client();
        this.writes = new StreamWrites(context.client(), context.codec());
        this.reads = new StreamReads(context.client(), context.dedicated());
        this.replies = new StreamReplies(context.codec());
        this.groups = new StreamGroups(context.client(), replies);
    }

    @Override
    public StreamId xadd(String key, Map<String, ?> fields) {
        return writes.add(key, null, fields, TrimPolicy.none());
    }

    @Override
    public StreamId xadd(String key, Map<String, ?> fields, TrimPolicy trim) {
        return writes.add(key, null, fields, trim);
    }

    @Override
    public StreamId xadd(String key, StreamId id, Map<String, ?> fields) {
        return xadd(key, id, fields, TrimPolicy.none());
    }

    @Override
    public StreamId xadd(String key, StreamId id, Map<String, ?> fields, TrimPolicy trim) {
        if (id == null) {
            throw new IllegalArgumentException("id is null: give the entry's id, or call xadd(key, fields) to let"
                    + " Redis generate one");
        }
        return writes.add(key, id, fields, trim);
    }

    @Override
    public long xlen(String key) {
        byte[] raw = StreamKeys.raw(key);
        return RedisErrors.call("XLEN", key, () -> client.xlen(raw));
    }

    @Override
    public long xtrim(String key, TrimPolicy trim) {
        return writes.trim(key, trim);
    }

    @Override
    public long xdel(String key, StreamId... ids) {
        return writes.delete(key, ids == null ? null : Arrays.asList(ids));
    }

    @Override
    public long xdel(String key, Collection<StreamId> ids) {
        return writes.delete(key, ids);
    }

    @Override
    public <T> List<StreamEntry<T>> xrange(String key, StreamRange range, Class<T> type) {
        return replies.entries(key, reads.range(key, range, false), StreamKeys.type(type));
    }

    @Override
    public <T> List<StreamEntry<T>> xrange(String key, StreamRange range, TypeRef<T> type) {
        return replies.entries(key, reads.range(key, range, false), StreamKeys.type(type));
    }

    @Override
    public <T> List<StreamEntry<T>> xrevrange(String key, StreamRange range, Class<T> type) {
        return replies.entries(key, reads.range(key, range, true), StreamKeys.type(type));
    }

    @Override
    public <T> List<StreamEntry<T>> xrevrange(String key, StreamRange range, TypeRef<T> type) {
        return replies.entries(key, reads.range(key, range, true), StreamKeys.type(type));
    }

    @Override
    public <T> List<StreamEntry<T>> xread(String key, StreamOffset from, StreamReadOptions options, Class<T> type) {
        return one(key, read(single(key, from), options, StreamKeys.type(type)));
    }

    @Override
    public <T> List<StreamEntry<T>> xread(String key, StreamOffset from, StreamReadOptions options,
            TypeRef<T> type) {
        return one(key, read(single(key, from), options, StreamKeys.type(type)));
    }

    @Override
    public <T> Map<String, List<StreamEntry<T>>> xread(Map<String, StreamOffset> streams, StreamReadOptions options,
            Class<T> type) {
        return read(streams, options, StreamKeys.type(type));
    }

    @Override
    public <T> Map<String, List<StreamEntry<T>>> xread(Map<String, StreamOffset> streams, StreamReadOptions options,
            TypeRef<T> type) {
        return read(streams, options, StreamKeys.type(type));
    }

    private <T> Map<String, List<StreamEntry<T>>> read(Map<String, StreamOffset> streams,
            StreamReadOptions options, Type type) {
        StreamKeys.options(options);
        if (streams != null && streams.isEmpty()) {
            return Map.of();
        }
        return replies.streams(reads.xread(streams, options), type);
    }

    @Override
    public boolean xgroupCreate(String key, String group, StreamOffset from) {
        return groups.create(key, group, from, true);
    }

    @Override
    public boolean xgroupCreate(String key, String group, StreamOffset from, boolean makeStream) {
        return groups.create(key, group, from, makeStream);
    }

    @Override
    public boolean xgroupDestroy(String key, String group) {
        return groups.destroy(key, group);
    }

    @Override
    public long xgroupDelConsumer(String key, String group, String consumer) {
        return groups.deleteConsumer(key, group, consumer);
    }

    @Override
    public <T> List<StreamEntry<T>> xreadGroup(String group, String consumer, String key, StreamOffset from,
            StreamReadOptions options, Class<T> type) {
        return one(key, readGroup(group, consumer, single(key, from), options, StreamKeys.type(type)));
    }

    @Override
    public <T> List<StreamEntry<T>> xreadGroup(String group, String consumer, String key, StreamOffset from,
            StreamReadOptions options, TypeRef<T> type) {
        return one(key, readGroup(group, consumer, single(key, from), options, StreamKeys.type(type)));
    }

    @Override
    public <T> Map<String, List<StreamEntry<T>>> xreadGroup(String group, String consumer,
            Map<String, StreamOffset> streams, StreamReadOptions options, Class<T> type) {
        return readGroup(group, consumer, streams, options, StreamKeys.type(type));
    }

    @Override
    public <T> Map<String, List<StreamEntry<T>>> xreadGroup(String group, String consumer,
            Map<String, StreamOffset> streams, StreamReadOptions options, TypeRef<T> type) {
        return readGroup(group, consumer, streams, options, StreamKeys.type(type));
    }

    private <T> Map<String, List<StreamEntry<T>>> readGroup(String group, String consumer,
            Map<String, StreamOffset> streams, StreamReadOptions options, Type type) {
        StreamKeys.options(options);
        if (streams != null && streams.isEmpty()) {
            return Map.of();
        }
        return replies.streams(reads.xreadGroup(group, consumer, streams, options), type);
    }

    @Override
    public long xack(String key, String group, StreamId... ids) {
        return groups.ack(key, group, ids == null ? null : Arrays.asList(ids));
    }

    @Override
    public long xack(String key, String group, Collection<StreamId> ids) {
        return groups.ack(key, group, ids);
    }

    @Override
    public PendingSummary xpending(String key, String group) {
        return groups.pending(key, group);
    }

    @Override
    public List<PendingEntry> xpending(String key, String group, PendingQuery query) {
        return groups.pending(key, group, query);
    }

    @Override
    public <T> ClaimResult<T> xautoclaim(String key, String group, String consumer, Duration minIdle,
            StreamId start, int count, Class<T> type) {
        return groups.autoclaim(key, group, consumer, minIdle, start, count, StreamKeys.type(type));
    }

    @Override
    public <T> ClaimResult<T> xautoclaim(String key, String group, String consumer, Duration minIdle,
            StreamId start, int count, TypeRef<T> type) {
        return groups.autoclaim(key, group, consumer, minIdle, start, count, StreamKeys.type(type));
    }

    private static Map<String, StreamOffset> single(String key, StreamOffset from) {
        StreamKeys.require(key);
        if (from == null) {
            throw new IllegalArgumentException("from is null: give the offset to read stream '" + key + "' from");
        }
        return Map.of(key, from);
    }

    private static <T> List<StreamEntry<T>> one(String key, Map<String, List<StreamEntry<T>>> read) {
        return read.getOrDefault(key, List.of());
    }
}
