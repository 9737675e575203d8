package io.redweave.test.docs;

// example: testing-sentinel-test
import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.test.RedisSentinel;
import io.redweave.test.RedisSentinelTest;
import io.redweave.test.RedisServer;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisSentinelClient;

@RedisSentinelTest(replicas = 1, sentinels = 1)
class FailoverTest {

    @Test
    void client_findsTheMasterThroughTheSentinels(RedisSentinel sentinel) {
        Set<HostAndPort> sentinels = sentinel.sentinelAddresses().stream()
                .map(a -> new HostAndPort(a.getHostString(), a.getPort()))
                .collect(Collectors.toSet());
        try (RedisSentinelClient client = RedisSentinelClient.builder()
                .masterName(sentinel.masterName()).sentinels(sentinels)
                .clientConfig(DefaultJedisClientConfig.builder().autoNegotiateProtocol(false).build()).build()) {
            client.set("order:1", "paid");
            assertThat(client.getCurrentMaster().getPort()).isEqualTo(sentinel.awaitMaster().port());
        }
    }

    @Test
    void killedMaster_isReplacedByTheReplica(RedisSentinel sentinel) {
        RedisServer master = sentinel.awaitMaster();
        RedisServer replica = master == sentinel.master() ? sentinel.replicas().get(0) : sentinel.master();
        master.kill();                                         // SIGKILL: no shutdown of any kind
        assertThat(sentinel.awaitMaster()).isSameAs(replica);  // promoted within a few seconds
    }
}
// end
