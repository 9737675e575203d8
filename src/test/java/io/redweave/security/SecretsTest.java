package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.redweave.HealthReport;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.pubsub.PubSubError;
import io.redweave.reliability.Shop;
import io.redweave.reliability.Weaving;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ClientKillParams;

/**
 * No secret in a log line or an exception: every failure RedWeave can meet with credentials in play (an unreachable
 * server, a wrong or revoked password, malformed settings, an open breaker, a lost subscriber connection) is
 * provoked while the log output (slf4j-simple writes to standard error) is captured, and the captured lines, every
 * exception chain and every {@code toString} are searched for the password.
 */
@RedisTest
class SecretsTest {
    /** Percent-encoded in URLs as {@code %40}, so both spellings are searched for. */
    private static final String PASSWORD = "Tr0ub4dor@SECRET-x9";
    private static final String ENCODED = "Tr0ub4dor%40SECRET-x9";

    private final RedisServer server;
    private final List<String> texts = new ArrayList<>();
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Jedis admin;

    SecretsTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void capture() {
        server.flushAll();
        admin = new Jedis(new HostAndPort(server.host(), server.port()));
        admin.aclSetUser("app", AclTest.rule(AclTest.PLAIN_KEYS).replace("app-secret", PASSWORD).split(" "));
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        originalErr.print(captured.toString(StandardCharsets.UTF_8));
        admin.aclDelUser("app");
        admin.close();
    }

    private void failure(Runnable action) {
        Throwable error = catchThrowable(action::run);
        assertThat(error).as("expected a failure").isNotNull();
        texts.add(Secrets.chain(error));
        texts.add(String.valueOf(error));
    }

    private void assertNoSecretAnywhere() {
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("captured log").isNotBlank().doesNotContain(PASSWORD).doesNotContain(ENCODED);
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(PASSWORD)
                .doesNotContain(ENCODED));
    }

    @Test
    void startUpFailures_andConfigurations_neverShowThePassword() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String unreachable = "redis://app:" + ENCODED + "@127.0.0.1:" + closed;
        failure(() -> RedWeave.builder().config(RedisConfig.builder().url(unreachable)
                .timeout(Duration.ofMillis(300)).build()).build());
        failure(() -> RedWeave.builder().config(RedisConfig.builder().url(
                "redis://app:wrong-" + ENCODED + "@127.0.0.1:" + server.port()).build()).build());
        failure(() -> RedisConfig.builder().url("redis://app:" + ENCODED + "@127.0.0.1:notaport"));
        failure(() -> RedisConfig.builder().url("http://app:" + ENCODED + "@127.0.0.1:6379"));
        failure(() -> RedisConfig.fromEnv(Map.of("REDIS_URL", "redis://app:" + ENCODED + "@host:0")));
        failure(() -> RedisConfig.fromEnv(Map.of("REDIS_PASSWORD", PASSWORD, "REDIS_PORT", "abc")));
        RedisConfig good = RedisConfig.builder().url(server.uri()).username("app").password(PASSWORD).build();
        texts.add(good.toString());
        texts.add(good.describeTarget());
        RedisConfig fromEnv = RedisConfig.fromEnv(Map.of("REDIS_URL", "rediss://app:" + ENCODED + "@cache:6380/2"));
        texts.add(fromEnv.toString());
        RedWeave.shutdown();
        RedWeave.initialize(good);
        try {
            failure(() -> RedWeave.initialize(RedisConfig.builder().url(server.uri()).username("app")
                    .password(PASSWORD + "-other").build()));
        } finally {
            RedWeave.shutdown();
        }
        System.err.println("(startup failures provoked)");
        assertNoSecretAnywhere();
    }

    @Test
    void runtimeFailures_logsAndExceptions_neverShowThePassword() {
        RedisConfig config = RedisConfig.builder().url("redis://app:" + ENCODED + "@127.0.0.1:" + server.port())
                .timeout(Duration.ofMillis(500)).build();
        try (RedWeave redweave = RedWeave.builder().config(config).build()) {
            Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
            Queue<PubSubError> events = new ConcurrentLinkedQueue<>();
            redweave.pubSub().onError(events::add);
            redweave.pubSub().subscribe("events:a", String.class, message -> { });
            shop.item("1");

            admin.aclSetUser("app", "resetpass", ">another-password");
            admin.clientKill(ClientKillParams.clientKillParams().user("app"));
            for (int i = 0; i < 20; i++) {
                shop.item("x" + i);
                shop.browse("y" + i);
            }
            failure(() -> shop.strictItem("s"));
            failure(() -> redweave.cache().get("k", String.class));
            failure(() -> redweave.rateLimiter().gcra("g", 1, Duration.ofSeconds(1)));
            failure(() -> redweave.sessions().createSession("s-1", "u-1"));
            HealthReport health = redweave.health();
            assertThat(health.healthy()).isFalse();
            texts.add(health.toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> events.stream()
                    .anyMatch(e -> e.kind() == PubSubError.Kind.CONNECTION_LOST));
            events.forEach(e -> {
                texts.add(e.toString());
                if (e.cause() != null) {
                    texts.add(Secrets.chain(e.cause()));
                }
            });
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN");
        assertNoSecretAnywhere();
    }
}
