package io.redweave.pubsub;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.internal.pubsub.JedisPubSubManager;
import java.time.Duration;
import java.util.Map;

/** How the pub/sub tests obtain what they test: the one place to switch to {@code redweave.pubSub()}. */
final class PubSubManagers {

    private PubSubManagers() {
    }

    /** The manager under test. */
    static PubSubManager of(RedWeave redweave) {
        return new JedisPubSubManager(redweave.context());
    }

    /** A manager whose subscriber connection is probed every {@code heartbeat}. */
    static PubSubManager withHeartbeat(RedWeave redweave, Duration heartbeat) {
        return new JedisPubSubManager(redweave.context(), heartbeat);
    }

    static RedWeave standalone(String uri) {
        return RedWeave.builder().config(RedisConfig.builder().url(uri).build()).build();
    }

    static RedWeave standalone(String uri, Duration timeout) {
        return RedWeave.builder().config(RedisConfig.builder().url(uri).timeout(timeout).build()).build();
    }

    static RedWeave sentinel(String masterName, String sentinelNodes) {
        return RedWeave.builder().config(RedisConfig.fromEnv(Map.of("REDIS_SENTINEL_MASTER", masterName,
                "REDIS_SENTINEL_NODES", sentinelNodes))).build();
    }

    static RedWeave cluster(String seedNodes) {
        return RedWeave.builder().config(RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", seedNodes))).build();
    }
}
