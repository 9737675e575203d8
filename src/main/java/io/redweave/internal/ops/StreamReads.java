package io.redweave.internal.ops;

import io.redweave.internal.RedisErrors;
import io.redweave.internal.connection.DedicatedConnections;
import io.redweave.ops.StreamId;
import io.redweave.ops.StreamOffset;
import io.redweave.ops.StreamRange;
import io.redweave.ops.StreamReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Sends the stream reads. {@code XRANGE} and {@code XREVRANGE} use the pool; so do {@code XREAD} and
 * {@code XREADGROUP} when they return at once, while a blocking read ({@code BLOCK}) runs on a dedicated
 * connection opened for the call and closed after it.
 *
 * <p>Implementation note: a dedicated connection per blocking call costs a connect (and an {@code AUTH}) per call,
 * which is small next to a wait measured in seconds, and it needs no second pool to size or to drain on close. Its
 * socket timeout is the block time plus the normal timeout ({@link DedicatedConnections#open}), and none for
 * {@code BLOCK 0}. Before anything is sent, the keys of a read over several streams are checked for one hash slot
 * on a cluster ({@link SameSlot}).
 */
final class StreamReads {

    private final UnifiedJedis client;
    private final DedicatedConnections dedicated;

    StreamReads(UnifiedJedis client, DedicatedConnections dedicated) {
        this.client = client;
        this.dedicated = dedicated;
    }

    /** Sends {@code XRANGE} or {@code XREVRANGE} and returns the raw reply. */
    List<Object> range(String key, StreamRange range, boolean reverse) {
        byte[] raw = StreamKeys.raw(key);
        if (range == null) {
            throw new IllegalArgumentException("range is null: use StreamRange.all() for every entry");
        }
        byte[] low = SafeEncoder.encode(range.start().equals(StreamId.MIN) ? "-" : range.start().toString());
        byte[] high = SafeEncoder.encode(range.end().equals(StreamId.MAX) ? "+" : range.end().toString());
        return RedisErrors.call(reverse ? "XREVRANGE" : "XRANGE", key, () -> {
            if (range.limit().isEmpty()) {
                return reverse ? client.xrevrange(raw, high, low) : client.xrange(raw, low, high);
            }
            int count = range.limit().getAsInt();
            return reverse ? client.xrevrange(raw, high, low, count) : client.xrange(raw, low, high, count);
        });
    }

    /** Sends {@code XREAD} and returns the raw reply (null when nothing was read). */
    Object xread(Map<String, StreamOffset> streams, StreamReadOptions options) {
        if (options.noAck()) {
            throw new IllegalArgumentException("noAck is for xreadGroup: XREAD reads without a consumer group and"
                    + " acknowledges nothing");
        }
        List<String> keys = keys("XREAD", streams, false);
        CommandArguments args = new CommandArguments(Protocol.Command.XREAD);
        addOptions(args, options);
        return run("XREAD", keys, streams, args, options.blockMillis());
    }

    /** Sends {@code XREADGROUP} and returns the raw reply (null when nothing was read). */
    Object xreadGroup(String group, String consumer, Map<String, StreamOffset> streams, StreamReadOptions options) {
        StreamKeys.name("group", group);
        StreamKeys.name("consumer", consumer);
        List<String> keys = keys("XREADGROUP", streams, true);
        CommandArguments args = new CommandArguments(Protocol.Command.XREADGROUP)
                .add(Protocol.Keyword.GROUP).add(group).add(consumer);
        addOptions(args, options);
        if (options.noAck()) {
            args.add(Protocol.Keyword.NOACK);
        }
        return run("XREADGROUP", keys, streams, args, options.blockMillis());
    }

    private Object run(String operation, List<String> keys, Map<String, StreamOffset> streams,
            CommandArguments args, OptionalInt blockMillis) {
        SameSlot.check(client, operation, keys);
        args.add(Protocol.Keyword.STREAMS);
        keys.forEach(args::key);
        keys.forEach(key -> args.add(streams.get(key).token()));
        CommandObject<Object> command = new CommandObject<>(args, BuilderFactory.RAW_OBJECT);
        String errorKey = keys.size() == 1 ? keys.get(0) : null;
        if (blockMillis.isEmpty()) {
            return RedisErrors.call(operation, errorKey, () -> client.executeCommand(command));
        }
        return RedisErrors.call(operation, errorKey, () -> {
            try (Connection connection = dedicated.open(keys.get(0), blockMillis.getAsInt())) {
                return connection.executeCommand(command);
            }
        });
    }

    private static void addOptions(CommandArguments args, StreamReadOptions options) {
        options.count().ifPresent(count -> args.add(Protocol.Keyword.COUNT).add(count));
        options.blockMillis().ifPresent(millis -> args.add(Protocol.Keyword.BLOCK).add(millis));
    }

    private static List<String> keys(String operation, Map<String, StreamOffset> streams, boolean group) {
        if (streams == null) {
            throw new IllegalArgumentException("streams is null: map each stream key to the offset to read from");
        }
        List<String> keys = new ArrayList<>(streams.size());
        streams.forEach((key, offset) -> {
            StreamKeys.require(key);
            if (offset == null) {
                throw new IllegalArgumentException("offset of stream '" + key + "' is null: use"
                        + " StreamOffset.beginning(), after(id), latest()" + (group ? " or undelivered()" : ""));
            }
            if (!group && offset.isUndelivered()) {
                throw new IllegalArgumentException(operation + " offset '>' of stream '" + key + "' is invalid:"
                        + " undelivered() is for consumer groups (xreadGroup); use latest() or after(id)");
            }
            if (group && offset.isLatest()) {
                throw new IllegalArgumentException(operation + " offset '$' of stream '" + key + "' is invalid:"
                        + " a consumer reads new entries with undelivered(), or its pending ones with after(id)");
            }
            keys.add(key);
        });
        return keys;
    }
}
