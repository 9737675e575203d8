package io.redweave.internal.ops;

import static io.redweave.internal.ops.HashListValues.raw;
import static io.redweave.internal.ops.HashListValues.requireKey;
import static io.redweave.internal.ops.HashListValues.type;

import io.redweave.codec.TypeRef;
import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.ListEnd;
import io.redweave.ops.ListOperations;
import io.redweave.ops.PoppedValue;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.util.KeyValue;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The {@link ListOperations} over Jedis's binary list commands: elements through the codec, blocking commands on
 * dedicated connections ({@link BlockingListCommands}), multi-key commands checked for one slot first
 * ({@link SameSlot}).
 *
 * <p>The class is longer than most because the interface has one method per command and per form of the declared
 * type ({@code Class}, {@code TypeRef}); each public method is a one-line delegation to the private method that
 * does the work.
 */
public final class JedisListOperations implements ListOperations {

    private static final String NULL_HINT = "a list holds no null values";

    private final UnifiedJedis client;
    private final HashListValues values;
    private final BlockingListCommands blocking;

    /** Creates the list operations of one RedWeave instance. */
    public JedisListOperations(RedisContext context) {
        this.client = context.client();
        this.values = new HashListValues(context.codec());
        this.blocking = new BlockingListCommands(client, context.dedicated());
    }

    @Override
    public long lpush(String key, Object... elements) {
        return push("LPUSH", key, elements == null ? null : Arrays.asList(elements), true);
    }

    @Override
    public long lpushAll(String key, Collection<?> elements) {
        return push("LPUSH", key, elements, true);
    }

    @Override
    public long rpush(String key, Object... elements) {
        return push("RPUSH", key, elements == null ? null : Arrays.asList(elements), false);
    }

    @Override
    public long rpushAll(String key, Collection<?> elements) {
        return push("RPUSH", key, elements, false);
    }

    private long push(String operation, String key, Collection<?> elements, boolean head) {
        byte[] raw = raw(key);
        if (elements == null) {
            throw new IllegalArgumentException("values must not be null: pass the values to push");
        }
        byte[][] payloads = new byte[elements.size()][];
        int i = 0;
        for (Object element : elements) {
            payloads[i] = values.encode("value " + (i + 1) + " of " + elements.size(), element, NULL_HINT);
            i++;
        }
        if (payloads.length == 0) {
            return llen(key);
        }
        return RedisErrors.call(operation, key, () -> head ? client.lpush(raw, payloads) : client.rpush(raw, payloads));
    }

    @Override
    public long lpushx(String key, Object value) {
        byte[] raw = raw(key);
        byte[] payload = values.encode("value", value, NULL_HINT);
        return RedisErrors.call("LPUSHX", key, () -> client.lpushx(raw, payload));
    }

    @Override
    public long rpushx(String key, Object value) {
        byte[] raw = raw(key);
        byte[] payload = values.encode("value", value, NULL_HINT);
        return RedisErrors.call("RPUSHX", key, () -> client.rpushx(raw, payload));
    }

    @Override
    public <T> Optional<T> lpop(String key, Class<T> type) {
        return pop("LPOP", key, type(type));
    }

    @Override
    public <T> Optional<T> lpop(String key, TypeRef<T> type) {
        return pop("LPOP", key, type(type));
    }

    @Override
    public <T> Optional<T> rpop(String key, Class<T> type) {
        return pop("RPOP", key, type(type));
    }

    @Override
    public <T> Optional<T> rpop(String key, TypeRef<T> type) {
        return pop("RPOP", key, type(type));
    }

    private <T> Optional<T> pop(String operation, String key, Type type) {
        byte[] raw = raw(key);
        byte[] payload = RedisErrors.call(operation, key,
                () -> operation.equals("LPOP") ? client.lpop(raw) : client.rpop(raw));
        return removed(key, operation, payload, type);
    }

    @Override
    public <T> List<T> lrange(String key, long start, long stop, Class<T> type) {
        return range(key, start, stop, type(type));
    }

    @Override
    public <T> List<T> lrange(String key, long start, long stop, TypeRef<T> type) {
        return range(key, start, stop, type(type));
    }

    private <T> List<T> range(String key, long start, long stop, Type type) {
        byte[] raw = raw(key);
        List<byte[]> payloads = RedisErrors.call("LRANGE", key, () -> client.lrange(raw, start, stop));
        List<T> result = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String location = "element " + i + " of LRANGE " + start + " " + stop;
            result.add(values.decode(key, location, payloads.get(i), type, false));
        }
        return result;
    }

    @Override
    public <T> Optional<T> lindex(String key, long index, Class<T> type) {
        return index(key, index, type(type));
    }

    @Override
    public <T> Optional<T> lindex(String key, long index, TypeRef<T> type) {
        return index(key, index, type(type));
    }

    private <T> Optional<T> index(String key, long index, Type type) {
        byte[] raw = raw(key);
        byte[] payload = RedisErrors.call("LINDEX", key, () -> client.lindex(raw, index));
        return payload == null ? Optional.empty()
                : Optional.ofNullable(values.decode(key, "element at index " + index, payload, type, false));
    }

    @Override
    public long llen(String key) {
        byte[] raw = raw(key);
        return RedisErrors.call("LLEN", key, () -> client.llen(raw));
    }

    @Override
    public void ltrim(String key, long start, long stop) {
        byte[] raw = raw(key);
        RedisErrors.run("LTRIM", key, () -> client.ltrim(raw, start, stop));
    }

    @Override
    public void lset(String key, long index, Object value) {
        byte[] raw = raw(key);
        byte[] payload = values.encode("value", value, NULL_HINT);
        RedisErrors.run("LSET", key, () -> client.lset(raw, index, payload));
    }

    @Override
    public long lrem(String key, long count, Object value) {
        byte[] raw = raw(key);
        byte[] payload = values.encode("value", value, NULL_HINT);
        return RedisErrors.call("LREM", key, () -> client.lrem(raw, count, payload));
    }

    @Override
    public <T> Optional<PoppedValue<T>> blpop(List<String> keys, Duration timeout, Class<T> type) {
        return blockingPop("BLPOP", keys, timeout, type(type));
    }

    @Override
    public <T> Optional<PoppedValue<T>> blpop(List<String> keys, Duration timeout, TypeRef<T> type) {
        return blockingPop("BLPOP", keys, timeout, type(type));
    }

    @Override
    public <T> Optional<PoppedValue<T>> brpop(List<String> keys, Duration timeout, Class<T> type) {
        return blockingPop("BRPOP", keys, timeout, type(type));
    }

    @Override
    public <T> Optional<PoppedValue<T>> brpop(List<String> keys, Duration timeout, TypeRef<T> type) {
        return blockingPop("BRPOP", keys, timeout, type(type));
    }

    private <T> Optional<PoppedValue<T>> blockingPop(String operation, List<String> keys, Duration timeout,
            Type type) {
        KeyValue<byte[], byte[]> popped = blocking.pop(operation, keys, timeout);
        if (popped == null) {
            return Optional.empty();
        }
        String key = SafeEncoder.encode(popped.getKey());
        return Optional.of(new PoppedValue<>(key, values.decode(key, "element popped by " + operation,
                popped.getValue(), type, true)));
    }

    @Override
    public <T> Optional<T> lmove(String source, String destination, ListEnd from, ListEnd to, Class<T> type) {
        return move(source, destination, from, to, type(type));
    }

    @Override
    public <T> Optional<T> lmove(String source, String destination, ListEnd from, ListEnd to, TypeRef<T> type) {
        return move(source, destination, from, to, type(type));
    }

    private <T> Optional<T> move(String source, String destination, ListEnd from, ListEnd to, Type type) {
        byte[] rawSource = SafeEncoder.encode(requireKey("source", source));
        byte[] rawDestination = SafeEncoder.encode(requireKey("destination", destination));
        ListDirection fromEnd = direction("from", from);
        ListDirection toEnd = direction("to", to);
        SameSlot.check(client, "LMOVE", source, destination);
        byte[] payload = RedisErrors.call("LMOVE", source,
                () -> client.lmove(rawSource, rawDestination, fromEnd, toEnd));
        return moved(source, destination, "LMOVE", payload, type);
    }

    @Override
    public <T> Optional<T> blmove(String source, String destination, ListEnd from, ListEnd to, Duration timeout,
            Class<T> type) {
        return blockingMove(source, destination, from, to, timeout, type(type));
    }

    @Override
    public <T> Optional<T> blmove(String source, String destination, ListEnd from, ListEnd to, Duration timeout,
            TypeRef<T> type) {
        return blockingMove(source, destination, from, to, timeout, type(type));
    }

    private <T> Optional<T> blockingMove(String source, String destination, ListEnd from, ListEnd to,
            Duration timeout, Type type) {
        byte[] payload = blocking.move(source, destination, direction("from", from), direction("to", to), timeout);
        return moved(source, destination, "BLMOVE", payload, type);
    }

    private <T> Optional<T> removed(String key, String operation, byte[] payload, Type type) {
        return payload == null ? Optional.empty()
                : Optional.ofNullable(values.decode(key, "element popped by " + operation, payload, type, true));
    }

    private <T> Optional<T> moved(String source, String destination, String operation, byte[] payload, Type type) {
        return payload == null ? Optional.empty() : Optional.ofNullable(values.decode(destination,
                "element moved by " + operation + " from '" + source + "'", payload, type, false));
    }

    private static ListDirection direction(String name, ListEnd end) {
        if (end == null) {
            throw new IllegalArgumentException(name + " must not be null: give ListEnd.LEFT or ListEnd.RIGHT");
        }
        return end == ListEnd.LEFT ? ListDirection.LEFT : ListDirection.RIGHT;
    }
}
