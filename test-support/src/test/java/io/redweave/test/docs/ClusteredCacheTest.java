package io.redweave.test.docs;

// example: testing-cluster-test
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;

@RedisClusterTest(masters = 3, replicasPerMaster = 1)
class ClusteredCacheTest {

    @Test
    void keysInEverySlot_areReadBack(RedisCluster cluster) {
        Set<HostAndPort> seeds = cluster.seeds().stream()
                .map(a -> new HostAndPort(a.getHostString(), a.getPort()))
                .collect(Collectors.toSet());
        try (RedisClusterClient client = RedisClusterClient.builder().nodes(seeds)
                .clientConfig(DefaultJedisClientConfig.builder().autoNegotiateProtocol(false).build()).build()) {
            client.set("user:{42}", "alice");
            assertThat(client.get("user:{42}")).isEqualTo("alice");
        }
        assertThat(cluster.nodes()).hasSize(6);
    }
}
// end
