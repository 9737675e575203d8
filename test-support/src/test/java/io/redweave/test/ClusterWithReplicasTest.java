package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@RedisClusterTest(masters = 3, replicasPerMaster = 1)
class ClusterWithReplicasTest {

    @Test
    void cluster_hasSixNodes(RedisCluster cluster) {
        assertThat(cluster.nodes()).hasSize(6);
        assertThat(cluster.masters()).hasSize(3);
        assertThat(cluster.replicas()).hasSize(3);
        try (Jedis jedis = Clients.jedis(cluster.nodes().get(5))) {
            assertThat(jedis.clusterInfo()).contains("cluster_state:ok", "cluster_known_nodes:6");
        }
    }

    @Test
    void eachMaster_hasOneConnectedReplica(RedisCluster cluster) {
        for (RedisServer master : cluster.masters()) {
            String replication = info(master);
            assertThat(replication).contains("role:master", "connected_slaves:1");
        }
    }

    @Test
    void eachReplica_followsItsOwnMaster(RedisCluster cluster) {
        Set<Integer> followed = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String replication = info(cluster.replicas().get(i));
            assertThat(replication).contains("role:slave", "master_link_status:up",
                    "master_port:" + cluster.masters().get(i).port());
            followed.add(Integer.parseInt(Commands.infoField(replication, "master_port").orElseThrow()));
        }
        assertThat(followed).hasSize(3);
    }

    @Test
    void keyWrittenToAMaster_reachesItsReplica(RedisCluster cluster) {
        RedisServer master = cluster.masters().get(0);
        RedisServer replica = cluster.replicas().get(0);
        String key;
        try (Jedis jedis = Clients.jedis(master)) {
            key = ClusterTest.keyServedBy(jedis, master.port());
            jedis.set(key, "replicated");
            assertThat(jedis.waitReplicas(1, 5_000)).isEqualTo(1);
        }
        try (Jedis jedis = Clients.jedis(replica)) {
            jedis.readonly();
            assertThat(jedis.get(key)).isEqualTo("replicated");
        }
    }

    private static String info(RedisServer node) {
        try (Jedis jedis = Clients.jedis(node)) {
            return jedis.info("replication");
        }
    }
}
