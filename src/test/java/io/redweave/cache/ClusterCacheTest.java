package io.redweave.cache;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The cache contracts against a real 3-master Redis Cluster. */
@RedisClusterTest(masters = 3)
class ClusterCacheTest {
    private static RedisCluster cluster;
    private static CacheDeployment deployment;

    @BeforeAll
    static void start(RedisCluster redis) {
        cluster = redis;
        deployment = new CacheDeployment(ClusterCacheTest::open, redis::flushAll, true);
    }

    private static RedWeave open(String namespace) {
        RedWeave.Builder builder = RedWeave.builder()
                .config(RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", cluster.seedNodes())));
        return (namespace == null ? builder : builder.namespace(namespace)).build();
    }

    @Nested
    class Values extends CacheValuesContract {
        Values() {
            super(ClusterCacheTest.deployment);
        }
    }

    @Nested
    class Bulk extends CacheBulkContract {
        Bulk() {
            super(ClusterCacheTest.deployment);
        }
    }

    @Nested
    class GetOrFetch extends GetOrFetchContract {
        GetOrFetch() {
            super(ClusterCacheTest.deployment);
        }
    }

    @Nested
    class Stampede extends StampedeContract {
        Stampede() {
            super(ClusterCacheTest.deployment);
        }
    }
}
