package io.redweave.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;

@RedisTest
class DedicatedConnectionsTest {

    @Test
    @Timeout(20)
    void blockingPop_longerThanSocketTimeout_isNotCutOff_andDoesNotDelayOtherCommands(RedisServer server)
            throws Exception {
        RedisConfig config = RedisConfig.builder().url(server.uri()).timeout(Duration.ofMillis(300))
                .poolSize(1).build();
        try (RedWeave redweave = RedWeave.builder().config(config).build()) {
            CompletableFuture<Object> popped = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = redweave.dedicatedConnections().open("rw:queue", 3_000)) {
                    return connection.executeCommand(new CommandArguments(Protocol.Command.BLPOP)
                            .key("rw:queue").add(3));
                }
            });
            // The pool has one connection; plain commands still flow while BLPOP blocks elsewhere.
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                redweave.client().set("rw:other", String.valueOf(i));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(popped).isNotDone();

            // Well past the 300 ms socket timeout, BLPOP is still waiting; then it receives the value.
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> clientList(server).contains("cmd=blpop"));
            Awaitility.await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(2))
                    .until(() -> !popped.isDone());
            redweave.client().rpush("rw:queue", "job-1");
            Object reply = popped.get(5, TimeUnit.SECONDS);
            assertThat(reply).isInstanceOf(List.class);
            List<?> pair = (List<?>) reply;
            assertThat(new String((byte[]) pair.get(1), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("job-1");
        }
    }

    @Test
    @Timeout(20)
    void close_endsACallBlockedForever_onADedicatedConnection(RedisServer server) {
        RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        CompletableFuture<Object> blocked = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = redweave.dedicatedConnections().open("rw:never", 0)) {
                return connection.executeCommand(new CommandArguments(Protocol.Command.BLPOP).key("rw:never").add(0));
            }
        });
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> clientList(server).contains("cmd=blpop"));
        assertThat(redweave.dedicatedConnections().openCount()).isEqualTo(1);
        redweave.close();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(blocked::isDone);
        assertThat(blocked).isCompletedExceptionally();
    }

    private static String clientList(RedisServer server) {
        try (Jedis jedis = new Jedis(server.host(), server.port())) {
            return jedis.clientList();
        }
    }
}
