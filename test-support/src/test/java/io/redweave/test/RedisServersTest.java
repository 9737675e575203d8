package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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

    @Test
    void startSentinel_withoutReplicas_servesUntilClosed_andLeavesNoProcessNorPidFile() {
        RedisSentinel sentinel = RedisServers.startSentinel(0, 1);
        List<RedisServer> processes = List.of(sentinel.master(), sentinel.sentinels().get(0));
        List<Long> pids = processes.stream().map(p -> p.pid().orElseThrow()).toList();
        try (sentinel; Jedis jedis = Clients.jedis(sentinel.sentinels().get(0))) {
            assertThat(jedis.sentinelGetMasterAddrByName(RedisServers.DEFAULT_MASTER_NAME))
                    .containsExactly("127.0.0.1", Integer.toString(sentinel.master().port()));
            pids.forEach(pid -> assertThat(Settings.current().pidDir().resolve(pid + ".pid")).exists());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertThat(ProcessHandle.of(pids.get(i)).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(Settings.current().pidDir().resolve(pids.get(i) + ".pid")).doesNotExist();
            assertThat(((ProcessServer) processes.get(i)).dir()).doesNotExist();
            RestartTest.assertRefusesConnections(processes.get(i));
        }
    }

    @Test
    void startSentinel_withNoSentinel_isRejectedWithTheRule() {
        assertThatThrownBy(() -> RedisServers.startSentinel(1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 is not a valid number of Sentinels")
                .hasMessageContaining("use 1 to 9");
    }

    @Test
    void startSentinel_withAMasterNameWithASpace_isRejected() {
        assertThatThrownBy(() -> RedisServers.startSentinel(1, 1, "my master"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my master' is not a valid master name");
    }
}
