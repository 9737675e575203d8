package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@RedisSentinelTest(replicas = 1, sentinels = 1, masterName = "mymaster")
class SentinelTest {

    private final RedisSentinel sentinel;

    SentinelTest(RedisSentinel sentinel) {
        this.sentinel = sentinel;
    }

    @Test
    void sentinel_reportsTheMasterByName() {
        try (Jedis jedis = Clients.jedis(sentinel.sentinels().get(0))) {
            assertThat(jedis.sentinelGetMasterAddrByName("mymaster"))
                    .containsExactly("127.0.0.1", Integer.toString(sentinel.master().port()));
        }
        assertThat(sentinel.masterName()).isEqualTo("mymaster");
    }

    @Test
    void sentinel_knowsTheReplicaAsConnected() {
        try (Jedis jedis = Clients.jedis(sentinel.sentinels().get(0))) {
            List<Map<String, String>> replicas = jedis.sentinelReplicas("mymaster");
            assertThat(replicas).hasSize(1);
            assertThat(replicas.get(0)).containsEntry("port", Integer.toString(sentinel.replicas().get(0).port()))
                    .containsEntry("flags", "slave");
        }
    }

    @Test
    void sentinel_runsInSentinelMode_fromItsOwnRewrittenConfig_withAPidFile() {
        RedisServer process = sentinel.sentinels().get(0);
        try (Jedis jedis = Clients.jedis(process)) {
            assertThat(jedis.info("server")).contains("redis_mode:sentinel");
        }
        ProcessServer local = (ProcessServer) process;
        assertThat(local.dir().resolve("sentinel-" + process.port() + ".conf"))
                .content().contains("sentinel monitor mymaster 127.0.0.1 " + sentinel.master().port() + " 1",
                        "sentinel myid ");
        long pid = process.pid().orElseThrow();
        assertThat(Settings.current().pidDir().resolve(pid + ".pid")).exists();
        assertThat(local.toString()).startsWith("redis-sentinel");
    }

    @Test
    void keyWrittenToTheMaster_reachesTheReplica() {
        try (Jedis master = Clients.jedis(sentinel.master())) {
            master.set("sentinel:key", "replicated");
            assertThat(master.waitReplicas(1, 5_000)).isEqualTo(1);
        }
        try (Jedis replica = Clients.jedis(sentinel.replicas().get(0))) {
            assertThat(replica.get("sentinel:key")).isEqualTo("replicated");
        }
    }

    @Test
    void sentinelNodes_hasTheFormatOfRedisSentinelNodes() {
        RedisServer only = sentinel.sentinels().get(0);
        assertThat(sentinel.sentinelNodes()).isEqualTo("127.0.0.1:" + only.port());
        assertThat(sentinel.sentinelAddresses()).hasSize(1);
        assertThat(sentinel.sentinelAddresses().get(0).getPort()).isEqualTo(only.port());
    }

    @Test
    void awaitMaster_withoutAFailover_isTheStartedMaster() {
        assertThat(sentinel.awaitMaster()).isSameAs(sentinel.master());
    }

    @Test
    void flushAll_emptiesTheMasterAndItsReplica() {
        try (Jedis master = Clients.jedis(sentinel.master())) {
            master.set("sentinel:flushed", "x");
        }
        sentinel.flushAll();
        try (Jedis master = Clients.jedis(sentinel.master())) {
            assertThat(master.dbSize()).isZero();
            master.waitReplicas(1, 5_000);
        }
        try (Jedis replica = Clients.jedis(sentinel.replicas().get(0))) {
            assertThat(replica.dbSize()).isZero();
        }
    }
}
