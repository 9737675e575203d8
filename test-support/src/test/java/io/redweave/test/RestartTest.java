package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@RedisTest
class RestartTest {

    @BeforeEach
    void onlyRestartableServers(RedisServer redis) {
        assumeTrue(redis.canRestart(), "an external server cannot be restarted");
    }

    @Test
    void stop_thenStart_servesOnSamePort(RedisServer redis) {
        int port = redis.port();
        try (Jedis jedis = Clients.jedis(redis)) {
            jedis.set("before", "restart");
        }

        redis.stop();
        assertThat(redis.isRunning()).isFalse();
        assertRefusesConnections(redis);

        redis.start();
        assertThat(redis.port()).isEqualTo(port);
        assertThat(redis.isRunning()).isTrue();
        try (Jedis jedis = Clients.jedis(redis)) {
            assertThat(jedis.ping()).isEqualTo("PONG");
            assertThat(jedis.exists("before")).as("nothing is persisted").isFalse();
        }
    }

    @Test
    void stop_endsTheProcessBeforeReturning(RedisServer redis) {
        long pid = redis.pid().orElseThrow();

        redis.stop();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(redis.pid()).isEmpty();
    }

    @Test
    void kill_endsTheProcessAbruptly(RedisServer redis) {
        long pid = redis.pid().orElseThrow();

        redis.kill();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(redis.isRunning()).isFalse();
        assertRefusesConnections(redis);
    }

    @Test
    void kill_thenStart_servesWithANewProcess(RedisServer redis) {
        long before = redis.pid().orElseThrow();

        redis.kill();
        redis.start();

        assertThat(redis.pid().orElseThrow()).isNotEqualTo(before);
        try (Jedis jedis = Clients.jedis(redis)) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void start_whenRunning_keepsTheProcess(RedisServer redis) {
        long before = redis.pid().orElseThrow();

        redis.start();

        assertThat(redis.pid()).hasValue(before);
    }

    @Test
    void stop_whenStopped_doesNothing(RedisServer redis) {
        redis.stop();
        redis.stop();

        assertThat(redis.isRunning()).isFalse();
    }

    static void assertRefusesConnections(RedisServer redis) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(redis.host(), redis.port()), 1_000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}
