package io.redweave.test.docs;

// example: testing-redis-test
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;

@RedisTest
class SessionStoreTest {

    @BeforeEach
    void clean(RedisServer redis) {
        redis.flushAll();                       // the server is per class, not per test
    }

    @Test
    void put_thenGet_returnsTheValue(RedisServer redis) {
        try (Jedis jedis = new Jedis(URI.create(redis.uri()),               // redis://127.0.0.1:<port>
                DefaultJedisClientConfig.builder().autoNegotiateProtocol(false).build())) {
            jedis.set("session:1", "alice");
            assertThat(jedis.get("session:1")).isEqualTo("alice");
        }
    }

    @Test
    void cache_survivesARedisRestart(RedisServer redis) {
        assumeTrue(redis.canRestart(), "an external Redis cannot be restarted");
        redis.stop();
        assertThat(redis.isRunning()).isFalse();   // here the code under test must fail open
        redis.start();
        assertThat(redis.isRunning()).isTrue();    // and then recover
    }
}
// end
