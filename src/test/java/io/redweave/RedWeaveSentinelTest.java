package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.test.RedisSentinel;
import io.redweave.test.RedisSentinelTest;
import io.redweave.test.RedisServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * RedWeave in Sentinel mode against a real master, replica and three Sentinels. A test that kills the master
 * leaves the failover in place; the extension starts the killed server again (as a replica) before the next test,
 * so every test asks {@link RedisSentinel#awaitMaster()} which server is the master.
 */
@RedisSentinelTest(replicas = 1, sentinels = 3, masterName = "mymaster")
class RedWeaveSentinelTest {
    private final RedisSentinel sentinel;

    RedWeaveSentinelTest(RedisSentinel sentinel) {
        this.sentinel = sentinel;
    }

    private RedWeave connect() {
        return RedWeave.builder()
                .config(RedisConfig.fromEnv(Map.of(
                        "REDIS_SENTINEL_MASTER", "mymaster",
                        "REDIS_SENTINEL_NODES", sentinel.sentinelNodes())))
                .build();
    }

    /** A RedWeave on one server directly, to see where a write landed. */
    private static RedWeave direct(RedisServer server) {
        return RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @Test
    void build_fromSentinelEnvironment_writesAndReadsOnTheMasterTheSentinelsName() {
        RedisServer master = sentinel.awaitMaster();
        try (RedWeave redweave = connect(); RedWeave onMaster = direct(master)) {
            assertThat(redweave.config().mode()).isEqualTo(RedisMode.SENTINEL);
            assertThat(redweave.config().sentinelNodes()).hasSize(3);

            redweave.client().set("rw:sentinel:hello", "world");

            assertThat(redweave.client().get("rw:sentinel:hello")).isEqualTo("world");
            assertThat(onMaster.client().get("rw:sentinel:hello")).isEqualTo("world");
        }
    }

    @Test
    void health_inSentinelMode_isHealthy_andSaysSentinel() {
        try (RedWeave redweave = connect()) {
            HealthReport report = redweave.health();

            assertThat(report.healthy()).as(report.error()).isTrue();
            assertThat(report.mode()).isEqualTo(RedisMode.SENTINEL);
            assertThat(report.nodes()).isEqualTo(1);
            assertThat(report.serverVersion()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(report.error()).isNull();
        }
    }

    @Test
    @Timeout(40)
    void masterKilled_afterTheFailover_writesReachTheNewMaster() {
        RedisServer formerMaster = sentinel.awaitMaster();
        try (RedWeave redweave = connect()) {
            redweave.client().set("rw:sentinel:before", "1");

            formerMaster.kill();

            await("writes through RedWeave succeed again after the failover")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> "OK".equals(redweave.client().set("rw:sentinel:after", "2")));
            RedisServer newMaster = sentinel.awaitMaster();
            assertThat(newMaster).isNotSameAs(formerMaster);
            try (RedWeave onNewMaster = direct(newMaster)) {
                assertThat(onNewMaster.client().get("rw:sentinel:after")).isEqualTo("2");
            }
            assertThat(redweave.client().get("rw:sentinel:after")).isEqualTo("2");
            HealthReport report = redweave.health();
            assertThat(report.healthy()).as(report.error()).isTrue();
            assertThat(report.mode()).isEqualTo(RedisMode.SENTINEL);
        }
    }

    @Test
    @Timeout(15)
    void build_withAMasterNameTheSentinelsDoNotMonitor_failsNamingIt() {
        RedisConfig unknown = RedisConfig.fromEnv(Map.of(
                "REDIS_SENTINEL_MASTER", "nosuchmaster",
                "REDIS_SENTINEL_NODES", sentinel.sentinelNodes()));

        assertThatThrownBy(() -> RedWeave.builder().config(unknown).build())
                .isInstanceOf(RedisConnectionException.class)
                .hasMessageContaining("nosuchmaster")
                .hasMessageContaining(sentinel.sentinelNodes().split(",")[0]);
    }
}
