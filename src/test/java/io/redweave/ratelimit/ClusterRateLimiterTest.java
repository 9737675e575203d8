package io.redweave.ratelimit;

import io.redweave.RedisConfig;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.Map;

/** The rate limiter's contract and seed-defect regressions on a real 3-master Redis Cluster. */
@RedisClusterTest(masters = 3)
class ClusterRateLimiterTest extends SeedDefectContract {
    private final RedisCluster cluster;

    ClusterRateLimiterTest(RedisCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    RedisConfig config() {
        return RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", cluster.seedNodes()));
    }

    @Override
    void flushAll() {
        cluster.flushAll();
    }
}
