package io.redweave.ops;

import io.redweave.RedisConfig;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.Map;

/** The sorted-set operations on a real 3-master Redis Cluster. */
@RedisClusterTest(masters = 3)
class SortedSetClusterTest extends SortedSetOperationsContract {
    private final RedisCluster cluster;

    SortedSetClusterTest(RedisCluster cluster) {
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
