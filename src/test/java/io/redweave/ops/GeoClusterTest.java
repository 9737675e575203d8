package io.redweave.ops;

import io.redweave.RedisConfig;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.Map;

/** The geo operations on a real 3-master Redis Cluster (every geo command touches one key). */
@RedisClusterTest(masters = 3)
class GeoClusterTest extends GeoOperationsContract {
    private final RedisCluster cluster;

    GeoClusterTest(RedisCluster cluster) {
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
