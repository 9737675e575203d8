package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisEndpoint;
import io.redweave.RedisMode;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The examples of {@code docs/cluster-and-sentinel.md}: configurations, and hash-tagged keys and their slots. */
@RedisTest
class ClusterAndSentinelExamplesTest {

    @Test
    void configurations_chooseTheirMode() {
        // example: cluster-config
        RedisConfig cluster = RedisConfig.builder()
                .clusterNodes(List.of(RedisEndpoint.parse("10.0.1.1:7000"), RedisEndpoint.parse("10.0.1.2:7000"),
                        RedisEndpoint.parse("10.0.1.3:7000")))           // seed nodes: the others are discovered
                .password("secret")
                .build();
        // end
        // example: sentinel-config
        RedisConfig sentinel = RedisConfig.builder()
                .sentinel("orders", List.of(RedisEndpoint.parse("10.0.2.1:26379"),
                        RedisEndpoint.parse("10.0.2.2:26379"), RedisEndpoint.parse("10.0.2.3:26379")))
                .password("secret")                                      // the data nodes' password
                .build();
        // end
        // example: cluster-from-env
        RedisConfig fromEnvironment = RedisConfig.fromEnv(Map.of(
                "REDIS_CLUSTER_NODES", "10.0.1.1:7000,10.0.1.2:7000",
                "REDIS_PASSWORD", "secret"));
        // end

        assertThat(cluster.mode()).isEqualTo(RedisMode.CLUSTER);
        assertThat(cluster.describeTarget()).isEqualTo("Redis Cluster [10.0.1.1:7000, 10.0.1.2:7000, 10.0.1.3:7000]");
        assertThat(sentinel.mode()).isEqualTo(RedisMode.SENTINEL);
        assertThat(sentinel.sentinelMaster()).isEqualTo("orders");
        assertThat(fromEnvironment.mode()).isEqualTo(RedisMode.CLUSTER);
        assertThat(fromEnvironment.clusterNodes()).hasSize(2);
    }

    @Test
    void aTenantsKeys_shareOneSlot_andAValueCanNeverCloseTheTag(RedisServer server) {
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            server.flushAll();
            TenantOrders orders = Woven.woven(redweave, TenantOrders.class);
            orders.order("acme", "o-1");
            orders.order("acme", "o-2");
            orders.order("x}y", "o-3");

            assertThat(redweave.cache().keys("*")).containsExactlyInAnyOrder("{acme}:order:o-1",
                    "{acme}:order:o-2", "{x%7Dy}:order:o-3");
            assertThat(JedisClusterCRC16.getSlot("cache:{acme}:order:o-1"))
                    .isEqualTo(JedisClusterCRC16.getSlot("cache:{acme}:order:o-2"))
                    .isEqualTo(JedisClusterCRC16.getSlot("acme"));
            assertThat(JedisClusterCRC16.getSlot("cache:{x%7Dy}:order:o-3")).isEqualTo(JedisClusterCRC16.getSlot("x%7Dy"));

            orders.closeTenant("acme");
            assertThat(redweave.cache().keys("*")).containsExactly("{x%7Dy}:order:o-3");
        }
    }
}
