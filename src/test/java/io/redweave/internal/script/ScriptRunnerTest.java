package io.redweave.internal.script;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeaveException;
import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

@RedisTest
class ScriptRunnerTest {

    private static final LuaScript COMPARE_AND_DELETE = LuaScript.fromResource("compare-and-delete");

    private static RedisClient client;
    private static ScriptRunner scripts;

    @BeforeAll
    static void connect(RedisServer server) {
        client = RedisClient.builder().hostAndPort(server.host(), server.port()).build();
        scripts = new ScriptRunner(client);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void run_compareAndDelete_deletesOnlyForTheHolder() {
        client.set("lease:a", "token-1");

        assertThat(scripts.run(COMPARE_AND_DELETE, List.of("lease:a"), List.of("token-2"))).isEqualTo(0L);
        assertThat(client.exists("lease:a")).isTrue();
        assertThat(scripts.run(COMPARE_AND_DELETE, List.of("lease:a"), List.of("token-1"))).isEqualTo(1L);
        assertThat(client.exists("lease:a")).isFalse();
    }

    @Test
    void run_afterScriptFlush_reloadsTheScriptAndGivesTheRightResult() {
        client.set("lease:b", "t");
        scripts.run(COMPARE_AND_DELETE, List.of("lease:missing"), List.of("t"));
        client.scriptFlush();
        assertThat(client.scriptExists(COMPARE_AND_DELETE.sha1(), "lease:b")).isFalse();

        Object released = scripts.run(COMPARE_AND_DELETE, List.of("lease:b"), List.of("t"));

        assertThat(released).isEqualTo(1L);
        assertThat(client.exists("lease:b")).isFalse();
        assertThat(client.scriptExists(COMPARE_AND_DELETE.sha1(), "lease:b")).isTrue();
    }

    @Test
    void run_neverLoadedScript_runsOnFirstCall() {
        LuaScript fresh = LuaScript.of("echo-" + System.nanoTime(), "return {KEYS[1], ARGV[1], ARGV[2]}");

        assertThat(scripts.run(fresh, List.of("k"), List.of("a", "b"))).isEqualTo(List.of("k", "a", "b"));
        assertThat(scripts.run(fresh, List.of("k"), List.of("c", "d"))).isEqualTo(List.of("k", "c", "d"));
    }

    @Test
    void runBinary_keepsBulkRepliesAsBytes() {
        LuaScript echo = LuaScript.of("echo-binary", "return ARGV[1]");
        byte[] value = {0, (byte) 0xff, 'x'};

        Object reply = scripts.runBinary(echo, List.of("k".getBytes(UTF_8)), List.of(value));

        assertThat(reply).isEqualTo(value);
    }

    @Test
    void run_scriptError_isOneOperationException_namingScriptAndKey() {
        LuaScript increment = LuaScript.of("increment", "return redis.call('INCR', KEYS[1])");
        client.set("not-a-number", "abc");

        assertThatThrownBy(() -> scripts.run(increment, List.of("not-a-number"), List.of()))
                .isInstanceOfSatisfying(RedisOperationException.class, e -> {
                    assertThat(e.operation()).isEqualTo("script:increment");
                    assertThat(e.key()).isEqualTo("not-a-number");
                    assertThat(e.getMessage()).contains("increment", "not-a-number", "not an integer");
                    assertThat(e.getCause()).isInstanceOf(JedisDataException.class)
                            .isNotInstanceOf(RedWeaveException.class);
                });
    }

    @Test
    void run_unreachableServer_isConnectionException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RedisClient unreachable = RedisClient.builder().hostAndPort("127.0.0.1", closedPort)
                .clientConfig(DefaultJedisClientConfig.builder().connectionTimeoutMillis(500).build()).build()) {
            ScriptRunner runner = new ScriptRunner(unreachable);

            assertThatThrownBy(() -> runner.run(COMPARE_AND_DELETE, List.of("k"), List.of("t")))
                    .isInstanceOf(RedisConnectionException.class)
                    .hasMessageContaining("compare-and-delete")
                    .hasMessageContaining("'k'")
                    .hasCauseInstanceOf(JedisConnectionException.class);
        }
    }

    @Test
    void run_nullArgument_isRejectedBeforeReachingRedis() {
        List<String> withNull = Arrays.asList("a", null);

        assertThatThrownBy(() -> scripts.run(COMPARE_AND_DELETE, List.of("k"), withNull))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
