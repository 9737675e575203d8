package io.redweave.internal.cache;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.cache.CacheEntry;
import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.lang.reflect.Type;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * Reads cache entries and decodes them; a payload that does not decode to the declared type is a miss.
 *
 * <p>Implementation note: a malformed entry is deleted with compare-and-delete, only while it still holds the
 * malformed payload, so a good value written meanwhile survives; and only the caller whose delete removed it
 * counts it and logs it at WARN. A thousand callers who meet one bad entry at once produce one WARN line.
 */
final class EntryReader {
    private static final Logger LOG = LoggerFactory.getLogger(EntryReader.class);
    private static final LuaScript DISCARD = LuaScript.fromResource("compare-and-delete");

    private final UnifiedJedis client;
    private final Codec codec;
    private final ScriptRunner scripts;
    private final CacheCounters counters;

    EntryReader(UnifiedJedis client, Codec codec, ScriptRunner scripts, CacheCounters counters) {
        this.client = client;
        this.codec = codec;
        this.scripts = scripts;
        this.counters = counters;
    }

    /**
     * The entry at {@code redisKey}, or {@code null} when there is none or it is malformed.
     *
     * @throws RedisConnectionException when Redis cannot be reached
     * @throws RedisOperationException  when Redis refuses the {@code GET}
     */
    <T> CacheEntry<T> read(String redisKey, Type type) {
        byte[] raw = CacheKeys.raw(redisKey);
        byte[] payload = RedisErrors.call("cache.get", redisKey, () -> client.get(raw));
        return payload == null ? null : decode(redisKey, raw, payload, type);
    }

    /** Decodes a payload read from {@code redisKey}; a malformed one is discarded and gives {@code null}. */
    <T> CacheEntry<T> decode(String redisKey, byte[] raw, byte[] payload, Type type) {
        Decoded<T> decoded = codec.decode(payload, type);
        if (decoded instanceof Decoded.Value<T> value) {
            return new CacheEntry<>(value.value());
        }
        discard(redisKey, raw, payload, ((Decoded.Malformed<T>) decoded).reason());
        return null;
    }

    private void discard(String redisKey, byte[] raw, byte[] payload, String reason) {
        try {
            Object deleted = scripts.runBinary(DISCARD, List.of(raw), List.of(payload));
            if (Long.valueOf(1).equals(deleted)) {
                counters.malformed.increment();
                LOG.warn("Cache entry '{}' could not be decoded ({}); deleted it and treated it as a miss",
                        redisKey, reason);
            } else {
                LOG.debug("Cache entry '{}' could not be decoded ({}); another caller already replaced it",
                        redisKey, reason);
            }
        } catch (RedisConnectionException | RedisOperationException e) {
            LOG.warn("Cache entry '{}' could not be decoded ({}) nor deleted ({}); treated it as a miss",
                    redisKey, reason, e.getMessage());
        }
    }
}
