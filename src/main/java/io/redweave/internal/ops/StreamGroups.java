package io.redweave.internal.ops;

import io.redweave.internal.RedisErrors;
import io.redweave.ops.ClaimResult;
import io.redweave.ops.PendingEntry;
import io.redweave.ops.PendingQuery;
import io.redweave.ops.PendingSummary;
import io.redweave.ops.StreamId;
import io.redweave.ops.StreamOffset;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.resps.StreamPendingSummary;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Sends the consumer-group commands: {@code XGROUP CREATE/DESTROY/DELCONSUMER}, {@code XACK}, {@code XPENDING} and
 * {@code XAUTOCLAIM}.
 *
 * <p>Implementation note: {@code XGROUP CREATE} of a group that exists answers {@code BUSYGROUP}; that is the
 * normal case when every instance of a service creates its group at start-up, so it is the result {@code false},
 * not an exception.
 */
final class StreamGroups {

    private final UnifiedJedis client;
    private final StreamReplies replies;

    StreamGroups(UnifiedJedis client, StreamReplies replies) {
        this.client = client;
        this.replies = replies;
    }

    boolean create(String key, String group, StreamOffset from, boolean makeStream) {
        StreamKeys.require(key);
        StreamKeys.name("group", group);
        if (from == null || from.isUndelivered()) {
            throw new IllegalArgumentException("offset " + (from == null ? "null" : "'>'") + " of group '" + group
                    + "' is invalid: a group starts after an id (beginning(), after(id)) or at latest()");
        }
        StreamEntryID id = from.isLatest() ? StreamEntryID.XGROUP_LAST_ENTRY : new StreamEntryID(from.token());
        try {
            client.xgroupCreate(key, group, id, makeStream);
            return true;
        } catch (JedisDataException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("BUSYGROUP")) {
                return false;
            }
            throw RedisErrors.translate("XGROUP CREATE", key, e);
        } catch (JedisException e) {
            throw RedisErrors.translate("XGROUP CREATE", key, e);
        }
    }

    boolean destroy(String key, String group) {
        StreamKeys.require(key);
        StreamKeys.name("group", group);
        return RedisErrors.call("XGROUP DESTROY", key, () -> client.xgroupDestroy(key, group)) > 0;
    }

    long deleteConsumer(String key, String group, String consumer) {
        StreamKeys.require(key);
        StreamKeys.name("group", group);
        StreamKeys.name("consumer", consumer);
        return RedisErrors.call("XGROUP DELCONSUMER", key, () -> client.xgroupDelConsumer(key, group, consumer));
    }

    long ack(String key, String group, Collection<StreamId> ids) {
        byte[] raw = StreamKeys.raw(key);
        byte[] rawGroup = StreamKeys.name("group", group);
        byte[][] rawIds = StreamKeys.ids(ids);
        return rawIds.length == 0 ? 0 : RedisErrors.call("XACK", key, () -> client.xack(raw, rawGroup, rawIds));
    }

    PendingSummary pending(String key, String group) {
        StreamKeys.require(key);
        StreamKeys.name("group", group);
        StreamPendingSummary summary = RedisErrors.call("XPENDING", key, () -> client.xpending(key, group));
        Map<String, Long> consumers = summary.getConsumerMessageCount();
        return new PendingSummary(summary.getTotal(), id(summary.getMinId()), id(summary.getMaxId()),
                consumers == null ? Map.of() : consumers);
    }

    List<PendingEntry> pending(String key, String group, PendingQuery query) {
        StreamKeys.require(key);
        StreamKeys.name("group", group);
        if (query == null) {
            throw new IllegalArgumentException("query is null: use PendingQuery.first(count)");
        }
        XPendingParams params = XPendingParams.xPendingParams(bound(query.start(), "-"), bound(query.end(), "+"),
                query.count());
        query.minIdle().ifPresent(idle -> params.idle(idle.toMillis()));
        query.consumer().ifPresent(params::consumer);
        List<StreamPendingEntry> found = RedisErrors.call("XPENDING", key, () -> client.xpending(key, group, params));
        List<PendingEntry> entries = new ArrayList<>(found.size());
        for (StreamPendingEntry entry : found) {
            entries.add(new PendingEntry(StreamId.parse(entry.getID().toString()), entry.getConsumerName(),
                    Duration.ofMillis(entry.getIdleTime()), entry.getDeliveredTimes()));
        }
        return List.copyOf(entries);
    }

    <T> ClaimResult<T> autoclaim(String key, String group, String consumer, Duration minIdle, StreamId start,
            int count, Type type) {
        byte[] raw = StreamKeys.raw(key);
        byte[] rawGroup = StreamKeys.name("group", group);
        byte[] rawConsumer = StreamKeys.name("consumer", consumer);
        if (minIdle == null || minIdle.isNegative()) {
            throw new IllegalArgumentException("minIdle " + minIdle + " is invalid: it must be a Duration >= 0");
        }
        if (start == null) {
            throw new IllegalArgumentException("start is null: use StreamId.MIN to scan the whole pending list");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count + " is invalid: it must be positive");
        }
        byte[] rawStart = SafeEncoder.encode(start.toString());
        XAutoClaimParams params = XAutoClaimParams.xAutoClaimParams().count(count);
        List<Object> reply = RedisErrors.call("XAUTOCLAIM", key,
                () -> client.xautoclaim(raw, rawGroup, rawConsumer, minIdle.toMillis(), rawStart, params));
        return replies.claim(key, reply, type);
    }

    private static String bound(StreamId id, String infinite) {
        boolean isInfinite = infinite.equals("-") ? id.equals(StreamId.MIN) : id.equals(StreamId.MAX);
        return isInfinite ? infinite : id.toString();
    }

    private static Optional<StreamId> id(StreamEntryID id) {
        return id == null ? Optional.empty() : Optional.of(StreamId.parse(id.toString()));
    }
}
