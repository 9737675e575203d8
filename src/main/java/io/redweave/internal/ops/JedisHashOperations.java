package io.redweave.internal.ops;

import io.redweave.codec.TypeRef;
import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.HashOperations;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The {@link HashOperations} over Jedis's binary hash commands: values through the codec, field names as UTF-8.
 *
 * <p>Implementation note: several fields are written with {@code HSET key f1 v1 f2 v2 ...} (one command, atomic),
 * not with the deprecated {@code HMSET}. Each read has a {@code Class} and a {@code TypeRef} form, both one-line
 * delegations to one private method, which makes the class longer than its logic.
 */
public final class JedisHashOperations implements HashOperations {

    private final UnifiedJedis client;
    private final HashListValues values;

    /** Creates the hash operations of one RedWeave instance. */
    public JedisHashOperations(RedisContext context) {
        this.client = context.client();
        this.values = new HashListValues(context.codec());
    }

    @Override
    public boolean hset(String key, String field, Object value) {
        byte[] raw = HashListValues.raw(key);
        byte[] payload = encode(field, value);
        byte[] name = name(field);
        return RedisErrors.call("HSET", key, () -> client.hset(raw, name, payload)) > 0;
    }

    @Override
    public long hmset(String key, Map<String, ?> fields) {
        byte[] raw = HashListValues.raw(key);
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null: pass a map of field names to values");
        }
        Map<byte[], byte[]> payloads = new LinkedHashMap<>();
        fields.forEach((field, value) -> payloads.put(name(field), encode(field, value)));
        if (payloads.isEmpty()) {
            return 0;
        }
        return RedisErrors.call("HSET", key, () -> client.hset(raw, payloads));
    }

    @Override
    public boolean hsetnx(String key, String field, Object value) {
        byte[] raw = HashListValues.raw(key);
        byte[] payload = encode(field, value);
        byte[] name = name(field);
        return RedisErrors.call("HSETNX", key, () -> client.hsetnx(raw, name, payload)) > 0;
    }

    @Override
    public <T> Optional<T> hget(String key, String field, Class<T> type) {
        return get(key, field, HashListValues.type(type));
    }

    @Override
    public <T> Optional<T> hget(String key, String field, TypeRef<T> type) {
        return get(key, field, HashListValues.type(type));
    }

    private <T> Optional<T> get(String key, String field, Type type) {
        byte[] raw = HashListValues.raw(key);
        byte[] name = name(field);
        byte[] payload = RedisErrors.call("HGET", key, () -> client.hget(raw, name));
        return payload == null ? Optional.empty() : Optional.ofNullable(decode(key, field, payload, type));
    }

    @Override
    public <T> List<Optional<T>> hmget(String key, List<String> fields, Class<T> type) {
        return getAll(key, fields, HashListValues.type(type));
    }

    @Override
    public <T> List<Optional<T>> hmget(String key, List<String> fields, TypeRef<T> type) {
        return getAll(key, fields, HashListValues.type(type));
    }

    private <T> List<Optional<T>> getAll(String key, List<String> fields, Type type) {
        byte[] raw = HashListValues.raw(key);
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null: pass the list of field names to read");
        }
        byte[][] names = fields.stream().map(JedisHashOperations::name).toArray(byte[][]::new);
        if (names.length == 0) {
            return List.of();
        }
        List<byte[]> payloads = RedisErrors.call("HMGET", key, () -> client.hmget(raw, names));
        List<Optional<T>> result = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            byte[] payload = payloads.get(i);
            result.add(payload == null ? Optional.empty()
                    : Optional.ofNullable(decode(key, fields.get(i), payload, type)));
        }
        return result;
    }

    @Override
    public <T> Map<String, T> hgetall(String key, Class<T> type) {
        return entries(key, HashListValues.type(type));
    }

    @Override
    public <T> Map<String, T> hgetall(String key, TypeRef<T> type) {
        return entries(key, HashListValues.type(type));
    }

    private <T> Map<String, T> entries(String key, Type type) {
        byte[] raw = HashListValues.raw(key);
        Map<byte[], byte[]> stored = RedisErrors.call("HGETALL", key, () -> client.hgetAll(raw));
        Map<String, T> result = new LinkedHashMap<>();
        stored.forEach((name, payload) -> {
            String field = SafeEncoder.encode(name);
            result.put(field, decode(key, field, payload, type));
        });
        return result;
    }

    @Override
    public <T> List<T> hvals(String key, Class<T> type) {
        return allValues(key, HashListValues.type(type));
    }

    @Override
    public <T> List<T> hvals(String key, TypeRef<T> type) {
        return allValues(key, HashListValues.type(type));
    }

    private <T> List<T> allValues(String key, Type type) {
        byte[] raw = HashListValues.raw(key);
        List<byte[]> payloads = RedisErrors.call("HVALS", key, () -> client.hvals(raw));
        List<T> result = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            result.add(values.decode(key, "value " + i + " of HVALS", payloads.get(i), type, false));
        }
        return result;
    }

    @Override
    public Set<String> hkeys(String key) {
        HashListValues.requireKey(key);
        return RedisErrors.call("HKEYS", key, () -> client.hkeys(key));
    }

    @Override
    public long hincrby(String key, String field, long increment) {
        byte[] raw = HashListValues.raw(key);
        byte[] name = name(field);
        return RedisErrors.call("HINCRBY", key, () -> client.hincrBy(raw, name, increment));
    }

    @Override
    public double hincrbyfloat(String key, String field, double increment) {
        byte[] raw = HashListValues.raw(key);
        byte[] name = name(field);
        if (Double.isNaN(increment) || Double.isInfinite(increment)) {
            throw new IllegalArgumentException("increment " + increment + " for field '" + field
                    + "' is invalid: it must be a finite number");
        }
        return RedisErrors.call("HINCRBYFLOAT", key, () -> client.hincrByFloat(raw, name, increment));
    }

    @Override
    public long hdel(String key, String... fields) {
        byte[] raw = HashListValues.raw(key);
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null: pass the field names to delete");
        }
        byte[][] names = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            names[i] = name(fields[i]);
        }
        if (names.length == 0) {
            return 0;
        }
        return RedisErrors.call("HDEL", key, () -> client.hdel(raw, names));
    }

    @Override
    public boolean hexists(String key, String field) {
        byte[] raw = HashListValues.raw(key);
        byte[] name = name(field);
        return RedisErrors.call("HEXISTS", key, () -> client.hexists(raw, name));
    }

    @Override
    public long hlen(String key) {
        byte[] raw = HashListValues.raw(key);
        return RedisErrors.call("HLEN", key, () -> client.hlen(raw));
    }

    @Override
    public long hstrlen(String key, String field) {
        byte[] raw = HashListValues.raw(key);
        byte[] name = name(field);
        return RedisErrors.call("HSTRLEN", key, () -> client.hstrlen(raw, name));
    }

    private byte[] encode(String field, Object value) {
        return values.encode("value of field '" + field + "'", value,
                "a hash holds no null values; delete the field with hdel instead");
    }

    private <T> T decode(String key, String field, byte[] payload, Type type) {
        return values.decode(key, "field '" + field + "'", payload, type, false);
    }

    private static byte[] name(String field) {
        return HashListValues.text("field name", field);
    }
}
