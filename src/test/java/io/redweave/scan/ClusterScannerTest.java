package io.redweave.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The scanner contract on a 3-master cluster with a replica per master, which must never be scanned. */
@RedisClusterTest(masters = 3, replicasPerMaster = 1)
class ClusterScannerTest extends ScannerContract {

    private static RedisCluster cluster;
    private static RedisClusterClient client;

    @BeforeAll
    static void connect(RedisCluster redis) {
        cluster = redis;
        Set<HostAndPort> seeds = redis.seeds().stream()
                .map(address -> new HostAndPort(address.getHostString(), address.getPort()))
                .collect(Collectors.toSet());
        client = RedisClusterClient.builder().nodes(seeds).build();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    UnifiedJedis client() {
        return client;
    }

    @Override
    void flushAll() {
        cluster.flushAll();
    }

    @Test
    void scanKeys_coversEveryMaster() {
        List<String> onePerMaster = new ArrayList<>();
        for (int master = 0; master < 3; master++) {
            onePerMaster.add(keyInSlotShare(master, 3));
        }
        onePerMaster.forEach(key -> client.set(key, "v"));

        assertThat(scanner().scanKeys("spread:*", 10)).containsExactlyInAnyOrderElementsOf(onePerMaster);
        assertThat(scanner().scanAndDelete("spread:*")).isEqualTo(3);
    }

    @Test
    void scanAndDelete_keysOfManySlotsOnOneNode_neverRaiseCrossSlot() {
        write("{tenant:1}:item:", 200);
        write("item:", 2_000);

        assertThat(scanner().scanAndDelete("*item:*")).isEqualTo(2_200);
    }

    /** Returns a key whose slot lies in the {@code index}-th of {@code shares} even shares of the slots. */
    private static String keyInSlotShare(int index, int shares) {
        for (int i = 0; ; i++) {
            String key = "spread:" + i;
            if (JedisClusterCRC16.getSlot(key) * shares / 16384 == index) {
                return key;
            }
        }
    }
}
