package io.redweave.internal.cache;

import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.codec.TypeRef;
import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Cache entries stored as Redis hashes: one field per property, each value encoded by the codec on its own (so
 * a string field holds {@code "123"} with its quotes and reads back as the string {@code "123"}).
 *
 * <p>Implementation note: reading decodes each field to a plain value (map, list, string, number, boolean), then
 * the whole map to the declared type through the codec, so any codec and any target type the codec can read
 * (a record, a bean, a {@code Map}) work the same way. Numbers with more digits than a {@code double} holds lose
 * them on that way; store such numbers as strings, or with {@code set}.
 */
final class HashEntries {
    private static final Logger LOG = LoggerFactory.getLogger(HashEntries.class);
    private static final LuaScript SET_HASH = LuaScript.fromResource("cache-set-hash");
    private static final TypeRef<Map<String, Object>> FIELDS = new TypeRef<>() { };

    private final UnifiedJedis client;
    private final Codec codec;
    private final ScriptRunner scripts;
    private final CacheCounters counters;

    HashEntries(UnifiedJedis client, Codec codec, ScriptRunner scripts, CacheCounters counters) {
        this.client = client;
        this.codec = codec;
        this.scripts = scripts;
        this.counters = counters;
    }

    /** Replaces the hash at {@code redisKey} with the fields of {@code value}, and its TTL, in one script. */
    void set(String redisKey, Object value, Duration ttl) {
        Map<String, Object> fields = fieldsOf(value);
        List<byte[]> args = new ArrayList<>(fields.size() * 2 + 1);
        args.add(Long.toString(Ttls.millis(ttl)).getBytes(StandardCharsets.US_ASCII));
        fields.forEach((name, field) -> {
            args.add(name.getBytes(StandardCharsets.UTF_8));
            args.add(codec.encode(field));
        });
        scripts.runBinary(SET_HASH, List.of(CacheKeys.raw(redisKey)), args);
    }

    /** The hash at {@code redisKey} decoded to {@code type}; empty when missing or malformed (then deleted). */
    <T> Optional<T> get(String redisKey, Type type) {
        byte[] raw = CacheKeys.raw(redisKey);
        Map<byte[], byte[]> stored = RedisErrors.call("cache.getHash", redisKey, () -> client.hgetAll(raw));
        if (stored == null || stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<byte[], byte[]> field : stored.entrySet()) {
            String name = new String(field.getKey(), StandardCharsets.UTF_8);
            Decoded<Object> decoded = codec.decode(field.getValue(), Object.class);
            if (decoded instanceof Decoded.Malformed<Object> malformed) {
                return discard(redisKey, raw, "field '" + name + "': " + malformed.reason());
            }
            fields.put(name, ((Decoded.Value<Object>) decoded).value());
        }
        Decoded<T> whole = codec.decode(codec.encode(fields), type);
        if (whole instanceof Decoded.Malformed<T> malformed) {
            return discard(redisKey, raw, malformed.reason());
        }
        return Optional.ofNullable(((Decoded.Value<T>) whole).value());
    }

    private <T> Optional<T> discard(String redisKey, byte[] raw, String reason) {
        long deleted = RedisErrors.call("cache.getHash", redisKey, () -> client.unlink(raw));
        if (deleted > 0) {
            counters.malformed.increment();
        }
        LOG.warn("Cache hash '{}' could not be decoded ({}); deleted it and treated it as a miss", redisKey, reason);
        return Optional.empty();
    }

    private Map<String, Object> fieldsOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((name, field) -> {
                if (name == null) {
                    throw new IllegalArgumentException("setHash got a map with a null key: every field needs a name");
                }
                fields.put(name.toString(), field);
            });
            return fields;
        }
        if (value == null) {
            throw new IllegalArgumentException("setHash got a null value: pass a Map or an object with properties");
        }
        Decoded<Map<String, Object>> fields = codec.decode(codec.encode(value), FIELDS);
        if (fields instanceof Decoded.Value<Map<String, Object>> map && map.value() != null) {
            return map.value();
        }
        throw new IllegalArgumentException("setHash got a " + value.getClass().getName() + ", which has no "
                + "properties to store as hash fields: pass a Map or an object, or store it with set()");
    }
}
