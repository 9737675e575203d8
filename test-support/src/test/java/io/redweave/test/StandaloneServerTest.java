package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@RedisTest
class StandaloneServerTest {

    private static RedisServer fromBeforeAll;
    private final RedisServer fromConstructor;
    private RedisServer fromBeforeEach;

    StandaloneServerTest(RedisServer redis) {
        this.fromConstructor = redis;
    }

    @BeforeAll
    static void rememberServer(RedisServer redis) {
        fromBeforeAll = redis;
    }

    @BeforeEach
    void flush(RedisServer redis) {
        fromBeforeEach = redis;
        redis.flushAll();
    }

    @Test
    void ping_answersPong(RedisServer redis) {
        try (Jedis jedis = new Jedis(URI.create(redis.uri()), Commands.config(2_000))) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void set_thenGet_returnsTheValue(RedisServer redis) {
        try (Jedis jedis = Clients.jedis(redis)) {
            jedis.set("greeting", "hello");
            assertThat(jedis.get("greeting")).isEqualTo("hello");
        }
    }

    @Test
    void injection_givesTheSameServerEverywhere(RedisServer redis) {
        assertThat(fromConstructor).isSameAs(redis);
        assertThat(fromBeforeAll).isSameAs(redis);
        assertThat(fromBeforeEach).isSameAs(redis);
    }

    @Test
    void uri_namesHostAndPort(RedisServer redis) {
        assertThat(redis.provider()).isIn("url", "docker", "path", "embedded");
        if (!redis.provider().equals("url")) {
            assertThat(redis.uri()).isEqualTo("redis://" + redis.host() + ":" + redis.port());
        }
        if (redis.pid().isPresent()) {
            assertThat(redis.host()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void localServer_persistsNothingAndIsARedisServerProcess(RedisServer redis) {
        try (Jedis jedis = Clients.jedis(redis)) {
            assertThat(jedis.configGet("save")).containsEntry("save", "");
            assertThat(jedis.configGet("appendonly")).containsEntry("appendonly", "no");
        }
        redis.pid().ifPresent(pid -> assertThat(PidRegistry.isRedisServer(ProcessHandle.of(pid).orElseThrow()))
                .isTrue());
    }

    @Test
    void flushAll_removesKeysOfEveryDatabase(RedisServer redis) {
        try (Jedis jedis = Clients.jedis(redis)) {
            jedis.set("a", "1");
            jedis.select(3);
            jedis.set("b", "2");
            redis.flushAll();
            assertThat(jedis.dbSize()).isZero();
            jedis.select(0);
            assertThat(jedis.dbSize()).isZero();
        }
    }
}
