package io.redweave.ratelimit;

import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * Direct access to Redis for assertions about what the limiter stored: server time, and hand-made sorted-set
 * entries placed relative to the server's clock. Every script takes the key it is about as {@code KEYS[1]}, so
 * that on a cluster it runs on the node that owns the key (and reads that node's clock).
 */
final class RawRedis {
    private static final String SERVER_MICROS = """
            local t = redis.call('TIME')
            return tonumber(t[1]) * 1000000 + tonumber(t[2])
            """;

    /**
     * Adds one entry per microsecond from {@code center - half} to {@code center + half}, where {@code center} is
     * {@code now - window + ahead}: the instant that will be exactly one window old {@code ahead} from now.
     */
    private static final String BAND = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local boundary = now - tonumber(ARGV[1]) * 1000 + tonumber(ARGV[3])
            local half = tonumber(ARGV[2])
            local args = {}
            for k = -half, half do
                args[#args + 1] = string.format('%.0f', boundary + k)
                args[#args + 1] = 'band' .. k
                if #args >= 1000 then
                    redis.call('ZADD', KEYS[1], unpack(args))
                    args = {}
                end
            end
            if #args > 0 then
                redis.call('ZADD', KEYS[1], unpack(args))
            end
            redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 2)
            return now
            """;

    /** Adds one entry {@code ARGV[1]} microseconds before the server's now, named ARGV[2]. */
    private static final String ENTRY_AGO = """
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            redis.call('ZADD', KEYS[1], string.format('%.0f', now - tonumber(ARGV[1])), ARGV[2])
            redis.call('PEXPIRE', KEYS[1], 600000)
            return now
            """;

    private final UnifiedJedis client;

    RawRedis(UnifiedJedis client) {
        this.client = client;
    }

    /** The clock, in microseconds, of the server that holds {@code key}. */
    long serverMicros(String key) {
        return (Long) client.eval(SERVER_MICROS, List.of(key), List.of());
    }

    /**
     * Fills {@code key} with a dense band of {@code 2 * half + 1} entries, one per microsecond, centred on the
     * instant that will be exactly one window old {@code aheadMicros} from now (on the server's clock).
     */
    void band(String key, long windowMillis, long aheadMicros, long halfMicros) {
        client.eval(BAND, List.of(key),
                List.of(Long.toString(windowMillis), Long.toString(halfMicros), Long.toString(aheadMicros)));
    }

    /** Adds an entry {@code agoMicros} before the server's now. */
    void entryAgo(String key, long agoMicros, String member) {
        client.eval(ENTRY_AGO, List.of(key), List.of(Long.toString(agoMicros), member));
    }
}
