package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

class RedisServersTest {

    @Test
    void startStandalone_servesUntilClosed() {
        RedisServer redis = RedisServers.startStandalone();
        try (redis; Jedis jedis = Clients.jedis(redis)) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
        if (redis.canRestart()) {
            assertThat(redis.isRunning()).isFalse();
            RestartTest.assertRefusesConnections(redis);
            if (redis instanceof ProcessServer local) {
                assertThat(local.dir()).doesNotExist();
            }
            assertThatThrownBy(redis::start).isInstanceOf(RedisTestException.class).hasMessageContaining("closed");
        }
    }

    @Test
    void startCluster_withTwoMasters_isRejectedWithTheRule() {
        assertThatThrownBy(() -> RedisServers.startCluster(2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 is not a valid number of masters")
                .hasMessageContaining("at least 3");
    }

    @Test
    void startCluster_withNegativeReplicas_isRejected() {
        assertThatThrownBy(() -> RedisServers.startCluster(3, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1 is not a valid number of replicas");
    }
}
