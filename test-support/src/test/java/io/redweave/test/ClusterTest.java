package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

@RedisClusterTest
class ClusterTest {

    @BeforeEach
    void flush(RedisCluster cluster) {
        cluster.flushAll();
    }

    @Test
    void defaultCluster_hasThreeMastersAndNoReplicas(RedisCluster cluster) {
        assertThat(cluster.masters()).hasSize(3);
        assertThat(cluster.replicas()).isEmpty();
        assertThat(cluster.nodes()).containsExactlyElementsOf(cluster.masters());
        assertThat(cluster.nodes()).extracting(RedisServer::port).doesNotHaveDuplicates();
    }

    @Test
    void everyNode_reportsClusterStateOkAndKnowsAllNodes(RedisCluster cluster) {
        for (RedisServer node : cluster.nodes()) {
            try (Jedis jedis = Clients.jedis(node)) {
                String info = jedis.clusterInfo();
                assertThat(info).contains("cluster_state:ok", "cluster_slots_assigned:16384",
                        "cluster_slots_ok:16384", "cluster_known_nodes:3");
            }
        }
    }

    @Test
    void slots_areAllCoveredAndSplitEvenlyBetweenTheMasters(RedisCluster cluster) {
        try (Jedis jedis = Clients.jedis(cluster.nodes().get(2))) {
            List<ClusterNodes.Node> masters = ClusterNodes.parse(jedis.clusterNodes()).stream()
                    .filter(node -> node.is("master")).toList();
            int covered = 0;
            for (ClusterNodes.Node master : masters) {
                int owned = master.slots().stream().mapToInt(ClusterTest::size).sum();
                assertThat(owned).isBetween(5461, 5462);
                covered += owned;
            }
            assertThat(covered).isEqualTo(16384);
            assertThat(masters).extracting(ClusterNodes.Node::port)
                    .containsExactlyInAnyOrderElementsOf(cluster.masters().stream().map(RedisServer::port).toList());
        }
    }

    @Test
    void clusterClient_writesAndReadsKeysInEverySlotRange(RedisCluster cluster) {
        Set<HostAndPort> seeds = cluster.seeds().stream()
                .map(address -> new HostAndPort(address.getHostString(), address.getPort()))
                .collect(Collectors.toSet());
        Set<Integer> slots = new HashSet<>();
        try (RedisClusterClient client = RedisClusterClient.builder().nodes(seeds)
                .clientConfig(Commands.config(2_000)).build()) {
            for (int i = 0; i < 1_000; i++) {
                client.set("key:" + i, "value:" + i);
                slots.add(JedisClusterCRC16.getSlot("key:" + i));
            }
            for (int i = 0; i < 1_000; i++) {
                assertThat(client.get("key:" + i)).isEqualTo("value:" + i);
            }
        }
        assertThat(slots).hasSizeGreaterThan(900);
        for (RedisServer master : cluster.masters()) {
            try (Jedis jedis = Clients.jedis(master)) {
                assertThat(jedis.dbSize()).as("keys on master %s", master.port()).isBetween(250L, 420L);
            }
        }
    }

    @Test
    void seedNodes_listsEveryNodeAsHostColonPort(RedisCluster cluster) {
        String expected = cluster.nodes().stream().map(node -> "127.0.0.1:" + node.port())
                .collect(Collectors.joining(","));
        assertThat(cluster.seedNodes()).isEqualTo(expected);
        assertThat(cluster.seeds()).extracting(InetSocketAddress::getPort)
                .containsExactlyElementsOf(cluster.nodes().stream().map(RedisServer::port).toList());
    }

    @Test
    void flushAll_emptiesEveryMaster(RedisCluster cluster) {
        for (RedisServer master : cluster.masters()) {
            try (Jedis jedis = Clients.jedis(master)) {
                jedis.set(keyServedBy(jedis, master.port()), "x");
            }
        }

        cluster.flushAll();

        for (RedisServer master : cluster.masters()) {
            try (Jedis jedis = Clients.jedis(master)) {
                assertThat(jedis.dbSize()).isZero();
            }
        }
    }

    @Test
    void stoppedMaster_startsAgainAndRejoinsTheCluster(RedisCluster cluster) {
        RedisServer master = cluster.masters().get(1);

        master.stop();
        master.start();
        cluster.awaitHealthy();

        try (Jedis jedis = Clients.jedis(master)) {
            String key = keyServedBy(jedis, master.port());
            assertThat(jedis.set(key, "back")).isEqualTo("OK");
            assertThat(jedis.clusterInfo()).contains("cluster_state:ok");
        }
    }

    /** A key whose slot the node on {@code port} serves, found through that node's own slot ranges. */
    static String keyServedBy(Jedis jedis, int port) {
        ClusterNodes.Node self = ClusterNodes.parse(jedis.clusterNodes()).stream()
                .filter(node -> node.port() == port).findFirst().orElseThrow();
        for (int i = 0; ; i++) {
            int slot = JedisClusterCRC16.getSlot("k" + i);
            if (self.slots().stream().anyMatch(range -> contains(range, slot))) {
                return "k" + i;
            }
        }
    }

    private static boolean contains(String range, int slot) {
        String[] bounds = range.split("-");
        int from = Integer.parseInt(bounds[0]);
        int to = Integer.parseInt(bounds[bounds.length - 1]);
        return slot >= from && slot <= to;
    }

    private static int size(String range) {
        String[] bounds = range.split("-");
        return Integer.parseInt(bounds[bounds.length - 1]) - Integer.parseInt(bounds[0]) + 1;
    }
}
