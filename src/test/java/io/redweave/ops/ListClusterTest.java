package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedisConfig;
import io.redweave.RedisEndpoint;
import io.redweave.internal.ops.SameSlot;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisClusterTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The list operations, blocking ones included, on a real 3-master Redis Cluster; and the commands over several
 * keys, which fail before anything is sent when their keys are in different slots.
 */
@RedisClusterTest(masters = 3)
class ListClusterTest extends ListBlockingContract {
    static final String SOURCE = "queue:a";
    static final String TARGET = "queue:b";

    private final RedisCluster cluster;

    ListClusterTest(RedisCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    RedisConfig.Builder configBuilder() {
        List<RedisEndpoint> nodes = cluster.seeds().stream()
                .map(address -> new RedisEndpoint(address.getHostString(), address.getPort()))
                .collect(Collectors.toList());
        return RedisConfig.builder().clusterNodes(nodes);
    }

    @Override
    void flushAll() {
        cluster.flushAll();
    }

    @BeforeEach
    void fillTheSource() {
        assertThat(JedisClusterCRC16.getSlot(SOURCE)).isNotEqualTo(JedisClusterCRC16.getSlot(TARGET));
        lists.rpush(SOURCE, T1, T2);
    }

    /** Asserts that a call over keys of different slots fails early, explaining hash tags, and touches nothing. */
    void assertFailsEarly(String command, Executable call) {
        long start = System.nanoTime();

        assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(command + " needs all of its keys in one hash slot")
                .hasMessageContaining("'" + SOURCE + "' in slot " + JedisClusterCRC16.getSlot(SOURCE))
                .hasMessageContaining("'" + TARGET + "' in slot " + JedisClusterCRC16.getSlot(TARGET))
                .hasMessageContaining("'{user42}:a' and '{user42}:b' share a slot");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG);
        assertThat(lists.lrange(SOURCE, 0, -1, Ticket.class)).containsExactly(T1, T2);
        assertThat(client.exists(TARGET)).isFalse();
    }

    @Test
    void seedDefect10_rpoplpushAcrossSlots_failsBeforeSending_withTheHashTagFix() {
        assertFailsEarly("LMOVE", () -> lists.rpoplpush(SOURCE, TARGET, Ticket.class));
    }

    @Test
    void lmoveAcrossSlots_failsBeforeSending() {
        assertFailsEarly("LMOVE", () -> lists.lmove(SOURCE, TARGET, ListEnd.LEFT, ListEnd.LEFT, Ticket.class));
    }

    @Test
    void seedDefect10_brpoplpushAndBlmoveAcrossSlots_failBeforeBlocking() {
        assertFailsEarly("BLMOVE", () -> lists.brpoplpush(SOURCE, TARGET, LONG, Ticket.class));
        assertFailsEarly("BLMOVE", () -> lists.blmove(SOURCE, TARGET, ListEnd.LEFT, ListEnd.RIGHT, LONG,
                Ticket.class));
    }

    @Test
    void blpopOverListsOfDifferentSlots_failsBeforeBlocking() {
        assertFailsEarly("BLPOP", () -> lists.blpop(List.of(TARGET, SOURCE), LONG, Ticket.class));
        assertFailsEarly("BRPOP", () -> lists.brpop(List.of(TARGET, SOURCE), LONG, Ticket.class));
    }

    @Test
    void hashTaggedKeys_moveBetweenLists_withEveryMultiKeyCommand() {
        String source = "{user42}:a";
        String target = "{user42}:b";
        lists.rpush(source, T1, T2, T3);

        assertThat(lists.rpoplpush(source, target, Ticket.class)).contains(T3);
        assertThat(lists.lmove(source, target, ListEnd.LEFT, ListEnd.RIGHT, Ticket.class)).contains(T1);
        assertThat(lists.brpoplpush(source, target, LONG, Ticket.class)).contains(T2);
        assertThat(lists.blmove(target, source, ListEnd.LEFT, ListEnd.LEFT, LONG, Ticket.class)).contains(T2);

        assertThat(lists.lrange(source, 0, -1, Ticket.class)).containsExactly(T2);
        assertThat(lists.lrange(target, 0, -1, Ticket.class)).containsExactly(T3, T1);
    }

    @Test
    void blockingPops_reachTheNodeOfEveryKey() {
        List<String> keys = List.of("queue:a", "queue:b", "queue:c", "queue:d", "queue:e", "queue:f");
        for (String key : keys) {
            lists.rpush(key, T3);
        }

        for (String key : keys) {
            assertThat(lists.brpop(key, LONG, Ticket.class)).contains(new PoppedValue<>(key, T3));
        }
        assertThat(keys.stream().map(key -> JedisClusterCRC16.getSlot(key) * 3 / 16384).distinct()).hasSize(3);
    }

    @Test
    void sameSlot_checksOnlyClusterClients() {
        SameSlot.check(client, "LMOVE", "{user42}:a", "{user42}:b");

        assertThatThrownBy(() -> SameSlot.check(client, "LMOVE", SOURCE, TARGET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nothing was sent to Redis");
    }
}
