package io.redweave.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedisOperationException;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import io.redweave.test.RedisServer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

@RedisClusterTest(masters = 3)
class ClusterScriptRunnerTest {

    private static final LuaScript COMPARE_AND_DELETE = LuaScript.fromResource("compare-and-delete");
    private static final List<String> KEYS = IntStream.range(0, 60).mapToObj(i -> "lease:" + i).toList();

    private static RedisClusterClient client;
    private static ScriptRunner scripts;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        Set<HostAndPort> seeds = cluster.seeds().stream()
                .map(address -> new HostAndPort(address.getHostString(), address.getPort()))
                .collect(Collectors.toSet());
        client = RedisClusterClient.builder().nodes(seeds).build();
        scripts = new ScriptRunner(client);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void run_onKeysInEverySlotRange_runsOnTheNodeOwningEachKey() {
        assertThat(KEYS.stream().map(key -> JedisClusterCRC16.getSlot(key) * 3 / 16384).distinct()).hasSize(3);
        for (String key : KEYS) {
            client.set(key, "token");
        }

        for (String key : KEYS) {
            assertThat(scripts.run(COMPARE_AND_DELETE, List.of(key), List.of("token"))).as(key).isEqualTo(1L);
        }
        assertThat(KEYS).noneMatch(client::exists);
    }

    @Test
    void run_afterScriptFlushOnEveryNode_reloadsWhereItRuns(RedisCluster cluster) {
        for (String key : KEYS) {
            scripts.run(COMPARE_AND_DELETE, List.of(key), List.of("warm-up"));
            client.set(key, "token");
        }
        for (RedisServer node : cluster.nodes()) {
            try (Jedis jedis = new Jedis(node.host(), node.port())) {
                jedis.scriptFlush();
            }
        }

        Set<Object> results = new HashSet<>();
        for (String key : KEYS) {
            results.add(scripts.run(COMPARE_AND_DELETE, List.of(key), List.of("token")));
        }

        assertThat(results).containsExactly(1L);
        assertThat(KEYS).noneMatch(client::exists);
    }

    @Test
    void run_keysInDifferentSlots_isOneOperationException() {
        List<String> crossSlot = List.of("lease:0", "lease:1");
        assertThat(JedisClusterCRC16.getSlot("lease:0")).isNotEqualTo(JedisClusterCRC16.getSlot("lease:1"));

        assertThatThrownBy(() -> scripts.run(LuaScript.of("two-keys", "return #KEYS"), crossSlot, List.of()))
                .isInstanceOfSatisfying(RedisOperationException.class,
                        e -> assertThat(e.operation()).isEqualTo("script:two-keys"));
    }

    @Test
    void run_keysSharingAHashTag_runInOneCall() {
        LuaScript count = LuaScript.of("count-keys", "return #KEYS");

        assertThat(scripts.run(count, List.of("{user:7}:a", "{user:7}:b"), List.of())).isEqualTo(2L);
    }
}
