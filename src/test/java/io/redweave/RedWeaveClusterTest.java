package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@RedisClusterTest(masters = 3)
class RedWeaveClusterTest {
    private final RedisCluster cluster;

    RedWeaveClusterTest(RedisCluster cluster) {
        this.cluster = cluster;
    }

    private RedWeave connect() {
        return RedWeave.builder()
                .config(RedisConfig.fromEnv(Map.of("REDIS_CLUSTER_NODES", cluster.seedNodes())))
                .namespace("rw")
                .build();
    }

    @Test
    void build_fromClusterNodes_readsAndWritesAcrossSlots() {
        try (RedWeave redweave = connect()) {
            assertThat(redweave.config().mode()).isEqualTo(RedisMode.CLUSTER);
            for (int i = 0; i < 100; i++) {
                redweave.client().set(redweave.keys().cacheEvent("e" + i), "v" + i);
            }
            for (int i = 0; i < 100; i++) {
                assertThat(redweave.client().get(redweave.keys().cacheEvent("e" + i))).isEqualTo("v" + i);
            }
        }
    }

    @Test
    void health_asksEveryNode_andSumsTheirFigures() {
        try (RedWeave redweave = connect()) {
            HealthReport report = redweave.health();
            assertThat(report.healthy()).isTrue();
            assertThat(report.mode()).isEqualTo(RedisMode.CLUSTER);
            assertThat(report.nodes()).isEqualTo(cluster.nodes().size());
            assertThat(report.connectedClients()).isGreaterThanOrEqualTo(cluster.nodes().size());
            assertThat(report.usedMemoryBytes()).isGreaterThan(3 * 100_000L);
            assertThat(report.serverVersion()).matches("\\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    @Timeout(15)
    void build_unreachableClusterNodes_failsFastWithClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RedisConfig config = RedisConfig.builder()
                .clusterNodes(java.util.List.of(new RedisEndpoint("127.0.0.1", closedPort)))
                .timeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> RedWeave.builder().config(config).build())
                .isInstanceOf(RedisConnectionException.class)
                .hasMessageContaining("Redis Cluster")
                .hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
