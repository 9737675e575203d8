package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.RedisAuthenticationException;
import io.redweave.RedisConfig;
import io.redweave.reliability.Measure;
import io.redweave.reliability.Shop;
import io.redweave.reliability.Weaving;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.AccessControlLogEntry;

/**
 * A wrong password or a missing permission is a {@link RedisAuthenticationException}: distinct from an unreachable
 * server, fatal (not retried), never showing the password, and without a storm of authentication attempts.
 */
@RedisTest
class AuthenticationFailureTest {
    private static final String PASSWORD = "S3cret-pa55word-for-app";
    private static final String WRONG = "Wr0ng-pa55word-guess";

    private final RedisServer server;
    private Jedis admin;

    AuthenticationFailureTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        admin = new Jedis(new HostAndPort(server.host(), server.port()));
        admin.aclSetUser("app", AclTest.rule(AclTest.PLAIN_KEYS).replace("app-secret", PASSWORD).split(" "));
        admin.aclLogReset();
    }

    @AfterEach
    void close() {
        admin.aclDelUser("app");
        admin.close();
    }

    private RedisConfig config(String password) {
        return RedisConfig.builder().url(server.uri()).username("app").password(password).build();
    }

    private long connectionsReceived() {
        return Long.parseLong(admin.info("stats").lines().filter(l -> l.startsWith("total_connections_received:"))
                .findFirst().orElseThrow().split(":")[1].trim());
    }

    @Test
    void wrongPassword_buildFailsOnceWithRedisAuthenticationException_thatNeverShowsThePassword() {
        long before = connectionsReceived();
        long started = System.nanoTime();
        Throwable error = catchThrowable(() -> RedWeave.builder().config(config(WRONG)).build());
        long took = System.nanoTime() - started;
        long attempts = connectionsReceived() - before;

        assertThat(error).isExactlyInstanceOf(RedisAuthenticationException.class)
                .hasMessageContaining("WRONGPASS").hasMessageContaining("'app'")
                .hasMessageContaining("docs/security.md");
        assertThat(Secrets.chain(error)).doesNotContain(WRONG).doesNotContain(PASSWORD);
        assertThat(attempts).isLessThanOrEqualTo(2);
        Measure.report("auth", "wrong password: build() failed with RedisAuthenticationException after "
                + Measure.millis(took) + " and " + attempts + " connection attempt(s)");
    }

    @Test
    void disabledUser_isRefusedLikeAWrongPassword() {
        admin.aclSetUser("app", "off");
        assertThatThrownBy(() -> RedWeave.builder().config(config(PASSWORD)).build())
                .isExactlyInstanceOf(RedisAuthenticationException.class);
    }

    @Test
    void passwordRevokedWhileRunning_failOpenCallsGoOn_withoutAStormOfAuthentication_andRecover() throws Exception {
        RedWeave redweave = RedWeave.builder().config(config(PASSWORD)).build();
        Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
        shop.item("warm");

        admin.aclSetUser("app", "resetpass", ">another-password");
        admin.clientKill(redis.clients.jedis.params.ClientKillParams.clientKillParams()
                .user("app"));
        long before = connectionsReceived();
        int calls = 0;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
        while (System.nanoTime() < deadline) {
            assertThat(shop.item("x" + calls % 10)).startsWith("item x");
            assertThat(shop.browse("y")).startsWith("browse y");
            calls += 2;
        }
        long attempts = connectionsReceived() - before;
        assertThatThrownBy(() -> shop.strictItem("s")).isInstanceOf(RedisAuthenticationException.class);
        assertThatThrownBy(() -> redweave.cache().get("k", String.class))
                .isExactlyInstanceOf(RedisAuthenticationException.class)
                .satisfies(e -> assertThat(Secrets.chain(e)).doesNotContain(PASSWORD));
        Measure.report("auth", "password revoked while running: " + calls + " FAIL_OPEN calls in 1.5 s went on, "
                + "with " + attempts + " connection (authentication) attempts");
        assertThat(attempts).isLessThanOrEqualTo(10);

        admin.aclSetUser("app", "resetpass", ">" + PASSWORD);
        await().atMost(Duration.ofSeconds(5)).ignoreExceptionsInstanceOf(RedisAuthenticationException.class)
                .until(() -> shop.strictItem("back") != null);
        redweave.close();
    }

    @Test
    void missingPermission_isARedisAuthenticationExceptionNamingTheCommand_andFailOpenCallsDoNotStorm() {
        admin.aclSetUser("app", "-evalsha", "-eval");
        try (RedWeave redweave = RedWeave.builder().config(config(PASSWORD)).build()) {
            assertThatThrownBy(() -> redweave.rateLimiter().gcra("g", 5, Duration.ofSeconds(1)))
                    .isExactlyInstanceOf(RedisAuthenticationException.class)
                    .hasMessageContaining("NOPERM").hasMessageContaining("evalsha");
            admin.aclLogReset();
            Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
            for (int i = 0; i < 500; i++) {
                assertThat(shop.browse("z")).startsWith("browse z");
            }
            long refused = admin.aclLog().stream().mapToLong(AccessControlLogEntry::getCount).sum();
            Measure.report("auth", "EVALSHA not permitted: direct call threw RedisAuthenticationException (NOPERM);"
                    + " 500 FAIL_OPEN @RateLimited calls sent " + refused + " refused commands");
            assertThat(refused).isLessThanOrEqualTo(5);
        }
    }
}
