package io.redweave.internal.cache;

import io.redweave.cache.FetchOptions;
import io.redweave.codec.Codec;
import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** Writes single entries and counters, each with its TTL in the same command or script. */
final class EntryWriter {
    private static final LuaScript INCREMENT = LuaScript.fromResource("cache-increment");

    private final UnifiedJedis client;
    private final Codec codec;
    private final ScriptRunner scripts;

    EntryWriter(UnifiedJedis client, Codec codec, ScriptRunner scripts) {
        this.client = client;
        this.codec = codec;
        this.scripts = scripts;
    }

    /** The payload of a value; {@code null} becomes the codec's encoding of null, a cached null. */
    byte[] encode(Object value) {
        return codec.encode(value);
    }

    /** Stores a value ({@code null} as the codec's encoding of null) with {@code SET ... PX}. */
    void set(String redisKey, Object value, Duration ttl) {
        write(redisKey, codec.encode(value), Ttls.millis(ttl));
    }

    /**
     * Stores what a loader returned as {@code options} say: a value for the (jittered) TTL, a {@code null} as a
     * cached null for the null TTL when null caching is on, and nothing otherwise. Redis failures are thrown.
     */
    void store(String redisKey, Object value, FetchOptions options) {
        if (value == null && !options.cacheNulls()) {
            return;
        }
        Duration ttl = value == null ? options.nullTtl().orElseThrow() : options.ttl();
        byte[] payload = codec.encode(value);
        write(redisKey, payload, Ttls.jittered(Ttls.millis(ttl), options.jitter()));
    }

    /** {@code INCRBY}; with a TTL, a script that also sets it when the counter has no expiry. */
    long increment(String redisKey, long amount, Duration ttl) {
        if (ttl == null) {
            return RedisErrors.call("cache.increment", redisKey, () -> client.incrBy(redisKey, amount));
        }
        Object reply = scripts.run(INCREMENT, List.of(redisKey),
                List.of(Long.toString(amount), Long.toString(Ttls.millis(ttl))));
        return (Long) reply;
    }

    private void write(String redisKey, byte[] payload, long millis) {
        byte[] raw = CacheKeys.raw(redisKey);
        RedisErrors.run("cache.set", redisKey, () -> {
            if (millis == 0) {
                client.set(raw, payload);
            } else {
                client.set(raw, payload, SetParams.setParams().px(millis));
            }
        });
    }
}
