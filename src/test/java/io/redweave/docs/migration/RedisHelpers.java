package io.redweave.docs.migration;

import io.redweave.RedWeave;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.params.SetParams;

// example: migration-helpers
/** The old helpers of config/redis.ts, over the process-wide instance, for code with many raw Redis calls. */
public final class RedisHelpers {

    private RedisHelpers() {
    }

    public static Optional<String> get(String key) {
        return Optional.ofNullable(RedWeave.get().client().get(key));
    }

    public static void set(String key, String value, Duration ttl) {
        if (ttl == null) {
            RedWeave.get().client().set(key, value);
        } else {
            RedWeave.get().client().set(key, value, SetParams.setParams().px(ttl.toMillis()));  // one command
        }
    }
}
// end
