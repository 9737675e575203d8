package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@RedisTest
class RedWeaveTest {
    private final RedisServer server;

    RedWeaveTest(RedisServer server) {
        this.server = server;
    }

    @AfterEach
    void resetDefault() {
        RedWeave.shutdown();
    }

    private RedisConfig config() {
        return RedisConfig.builder().url(server.uri()).build();
    }

    @Test
    void build_connects_andClientWritesAndReads() {
        try (RedWeave redweave = RedWeave.builder().config(config()).build()) {
            redweave.client().set("rw:hello", "world");
            assertThat(redweave.client().get("rw:hello")).isEqualTo("world");
        }
    }

    @Test
    @Timeout(10)
    void build_unreachableRedis_failsFastWithClearMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RedisConfig unreachable = RedisConfig.builder().host("127.0.0.1").port(closedPort)
                .password("topsecret").timeout(Duration.ofMillis(500)).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> RedWeave.builder().config(unreachable).build())
                .isInstanceOf(RedisConnectionException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining("topsecret");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Timeout(10)
    void build_silentHost_failsWithinTheConnectTimeout() throws IOException {
        // A listening socket that never answers: the TCP connect succeeds, the PING reply never comes.
        try (ServerSocket silent = new ServerSocket(0)) {
            RedisConfig config = RedisConfig.builder().host("127.0.0.1").port(silent.getLocalPort())
                    .timeout(Duration.ofMillis(300)).build();
            long start = System.nanoTime();
            assertThatThrownBy(() -> RedWeave.builder().config(config).build())
                    .isInstanceOf(RedisConnectionException.class)
                    .hasMessageContaining("within 300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void health_reportsTrueFigures() {
        try (RedWeave redweave = RedWeave.builder().config(config()).build()) {
            HealthReport report = redweave.health();
            assertThat(report.healthy()).isTrue();
            assertThat(report.error()).isNull();
            assertThat(report.mode()).isEqualTo(RedisMode.STANDALONE);
            assertThat(report.serverVersion()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(report.usedMemoryBytes()).isPositive();
            assertThat(report.connectedClients()).isGreaterThanOrEqualTo(1);
            assertThat(report.latency()).isPositive().isLessThan(Duration.ofSeconds(2));
            assertThat(report.nodes()).isEqualTo(1);
        }
    }

    @Test
    void health_whenRedisStops_isUnhealthyAndDoesNotThrow() {
        org.junit.jupiter.api.Assumptions.assumeTrue(server.canRestart(),
                "needs a server this test can stop (REDIS_URL points at an external one)");
        RedWeave redweave = RedWeave.builder().config(config()).build();
        try {
            server.stop();
            HealthReport report = redweave.health();
            assertThat(report.healthy()).isFalse();
            assertThat(report.error()).isNotBlank();
        } finally {
            server.start();
            redweave.close();
        }
    }

    @Test
    void close_isIdempotent_andLaterCallsFailClearly() {
        RedWeave redweave = RedWeave.builder().config(config()).build();
        redweave.close();
        redweave.close();
        assertThat(redweave.isClosed()).isTrue();
        assertThatThrownBy(redweave::client).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(redweave.health().healthy()).isFalse();
    }

    @Test
    void defaultInstance_lifecycle() {
        assertThatThrownBy(RedWeave::get).isInstanceOf(IllegalStateException.class)
                .hasMessage("RedWeave is not initialized: call RedWeave.initialize(...) at start-up");
        RedWeave first = RedWeave.initialize(config());
        assertThat(RedWeave.initialize(config())).isSameAs(first);
        assertThat(RedWeave.get()).isSameAs(first);
        RedisConfig other = RedisConfig.builder().url(server.uri()).database(1).build();
        assertThatThrownBy(() -> RedWeave.initialize(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shutdown()");
        RedWeave.shutdown();
        assertThat(first.isClosed()).isTrue();
        assertThatThrownBy(RedWeave::get).isInstanceOf(IllegalStateException.class);
        assertThat(RedWeave.initialize(config())).isNotSameAs(first);
    }

    @Test
    void independentInstances_workSideBySide_andCloseIndependently() {
        RedWeave a = RedWeave.builder().config(config()).build();
        RedWeave b = RedWeave.builder().config(config()).build();
        a.client().set("rw:shared", "from-a");
        assertThat(b.client().get("rw:shared")).isEqualTo("from-a");
        a.close();
        assertThat(b.client().get("rw:shared")).isEqualTo("from-a");
        b.close();
    }

    @Test
    void database_isSelected() {
        try (RedWeave db0 = RedWeave.builder().config(config()).build();
                RedWeave db1 = RedWeave.builder()
                        .config(RedisConfig.builder().url(server.uri()).database(1).build()).build()) {
            db1.client().set("rw:db", "one");
            assertThat(db0.client().exists("rw:db")).isFalse();
            assertThat(db1.client().get("rw:db")).isEqualTo("one");
        }
    }
}
