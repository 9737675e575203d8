package io.redweave.internal.cache;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Short distributed leases that let one instance load a missing entry while the others wait: taken with
 * {@code SET lease token NX PX}, released with compare-and-delete, so only the holder can release its lease and
 * an expired lease taken over by another instance is never released by the first.
 */
final class Leases {
    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);
    private static final LuaScript RELEASE = LuaScript.fromResource("compare-and-delete");

    private final UnifiedJedis client;
    private final ScriptRunner scripts;

    Leases(UnifiedJedis client, ScriptRunner scripts) {
        this.client = client;
        this.scripts = scripts;
    }

    /**
     * Takes the lease when it is free and returns the holder's token, or returns {@code null} when another
     * holder has it.
     *
     * @throws RedisConnectionException when Redis cannot be reached
     * @throws RedisOperationException  when Redis refuses the command
     */
    String tryAcquire(String leaseKey, Duration leaseTime) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        String reply = RedisErrors.call("cache.lease", leaseKey,
                () -> client.set(leaseKey, token, SetParams.setParams().nx().px(leaseTime.toMillis())));
        return "OK".equals(reply) ? token : null;
    }

    /** Releases the lease if {@code token} still holds it; a failure is logged, as the lease expires anyway. */
    void release(String leaseKey, String token) {
        try {
            scripts.run(RELEASE, List.of(leaseKey), List.of(token));
        } catch (RedisConnectionException | RedisOperationException e) {
            LOG.debug("Could not release lease '{}' ({}); it expires on its own", leaseKey, e.getMessage());
        }
    }
}
