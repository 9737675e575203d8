package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;

/** Failover with three Sentinels; the tests run in order, the third checks what the extension restored. */
@RedisSentinelTest(replicas = 1, sentinels = 3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelFailoverTest {

    private final RedisSentinel sentinel;

    SentinelFailoverTest(RedisSentinel sentinel) {
        this.sentinel = sentinel;
    }

    @Test
    @Order(1)
    void everySentinel_knowsTheTwoOthers_andUsesAQuorumOfTwo() {
        assertThat(sentinel.sentinels()).hasSize(3);
        assertThat(sentinel.sentinelNodes().split(",")).hasSize(3);
        for (RedisServer process : sentinel.sentinels()) {
            try (Jedis jedis = Clients.jedis(process)) {
                assertThat(jedis.sentinelSentinels("mymaster")).hasSize(2);
                assertThat(jedis.sentinelMaster("mymaster")).containsEntry("quorum", "2");
            }
        }
    }

    @Test
    @Order(2)
    @Timeout(30)
    void killingTheMaster_makesTheSentinelsPromoteTheReplica() {
        RedisServer replica = sentinel.replicas().get(0);
        long start = System.nanoTime();

        sentinel.master().kill();
        RedisServer promoted = sentinel.awaitMaster();

        assertThat(promoted).isSameAs(replica);
        for (RedisServer process : sentinel.sentinels()) {
            try (Jedis jedis = Clients.jedis(process)) {
                assertThat(jedis.sentinelGetMasterAddrByName("mymaster"))
                        .containsExactly("127.0.0.1", Integer.toString(replica.port()));
            }
        }
        try (Jedis jedis = Clients.jedis(replica)) {
            assertThat(jedis.info("replication")).contains("role:master");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @Order(3)
    void killedMaster_isBackForTheNextTest_asAnInSyncReplicaOfThePromotedOne() {
        RedisServer formerMaster = sentinel.master();
        RedisServer current = sentinel.replicas().get(0);

        assertThat(formerMaster.isRunning()).isTrue();
        assertThat(sentinel.awaitMaster()).isSameAs(current);
        assertThat(SentinelSetup.followsAndIsLinked(formerMaster, current.port())).isTrue();
        try (Jedis jedis = Clients.jedis(current)) {
            jedis.set("after:failover", "written");
            assertThat(jedis.waitReplicas(1, 5_000)).isEqualTo(1);
        }
        try (Jedis jedis = Clients.jedis(formerMaster)) {
            assertThat(jedis.get("after:failover")).isEqualTo("written");
        }
    }
}
