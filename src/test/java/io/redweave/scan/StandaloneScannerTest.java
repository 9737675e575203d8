package io.redweave.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedisScanException;
import io.redweave.internal.scan.JedisScanner;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

@RedisTest
class StandaloneScannerTest extends ScannerContract {

    private static RedisServer server;
    private static RedisClient client;

    @BeforeAll
    static void connect(RedisServer redis) {
        server = redis;
        client = RedisClient.builder().hostAndPort(redis.host(), redis.port()).build();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    UnifiedJedis client() {
        return client;
    }

    @Override
    void flushAll() {
        server.flushAll();
    }

    @Test
    void unreachableServer_isOneScanException_namingThePattern() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedisClient unreachable = RedisClient.builder().hostAndPort("127.0.0.1", closedPort)
                .clientConfig(DefaultJedisClientConfig.builder().connectionTimeoutMillis(500).build()).build()) {

            assertThatThrownBy(() -> new JedisScanner(unreachable).scanAndDelete("cache:*"))
                    .isInstanceOfSatisfying(RedisScanException.class,
                            e -> assertThat(e.pattern()).isEqualTo("cache:*"))
                    .hasMessageContaining("'cache:*'")
                    .hasCauseInstanceOf(JedisConnectionException.class);
        }
    }
}
