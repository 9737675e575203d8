package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redweave.RedWeave;
import io.redweave.RedisAuthenticationException;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * The ACL rule of {@code docs/security.md}: a user with exactly those permissions runs every manager and every
 * annotation, and the rule is minimal: without any one of its commands or key patterns something RedWeave does is
 * refused, with a {@link RedisAuthenticationException}.
 */
@RedisTest
class AclTest {
    /** The commands RedWeave's managers and annotations send, directly or from their Lua scripts. */
    static final String COMMANDS = "+ping +info +client|setname +client|setinfo"
            + " +get +set +del +unlink +exists +mget +type +scan +pttl +pexpire +pexpireat +incrby"
            + " +hset +hget +hmget +hgetall +hexists +hincrby"
            + " +zadd +zrem +zcard +zcount +zscore +zrange +zrevrangebyscore +zremrangebyscore"
            + " +eval +evalsha +time"
            + " +publish +subscribe +psubscribe +unsubscribe +punsubscribe +pubsub|numsub +pubsub|channels";
    /** The key patterns with a namespace (recommended): everything RedWeave writes starts with it. */
    static final String NAMESPACED_KEYS = "~app:*";
    /** The key patterns without a namespace: cache entries, loader leases, rate limits, sessions, session indexes. */
    static final String PLAIN_KEYS = "~cache:* ~cache-lease:* ~rl:* ~session:* ~user:sessions:*";
    /** The application's channels (Redis 7 denies every channel unless allowed; 6.2 allows all by default). */
    static final String CHANNELS = "resetchannels &events:*";

    private final RedisServer server;
    private Jedis admin;

    AclTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        admin = new Jedis(new HostAndPort(server.host(), server.port()));
        admin.aclLogReset();
    }

    @AfterEach
    void close() {
        admin.aclDelUser("app");
        admin.close();
    }

    /** The whole rule, as {@code docs/security.md} gives it. */
    static String rule(String keys) {
        return "on >app-secret resetkeys " + keys + " " + CHANNELS + " -@all " + COMMANDS;
    }

    private void setUser(String rule) {
        admin.aclDelUser("app");
        admin.aclSetUser("app", rule.split(" "));
    }

    private RedWeave connectAsApp(String namespace) {
        RedWeave.Builder builder = RedWeave.builder().config(RedisConfig.builder().url(server.uri())
                .username("app").password("app-secret").build());
        return namespace == null ? builder.build() : builder.namespace(namespace).build();
    }

    @Test
    void minimalRule_withANamespace_runsEveryManagerAndAnnotation() {
        setUser(rule(NAMESPACED_KEYS));
        try (RedWeave redweave = connectAsApp("app")) {
            Workload.runAll(redweave, "ns");
        }
        assertThat(admin.aclLog()).isEmpty();
    }

    @Test
    void minimalRule_withoutANamespace_runsEveryManagerAndAnnotation() {
        setUser(rule(PLAIN_KEYS));
        try (RedWeave redweave = connectAsApp(null)) {
            Workload.runAll(redweave, "plain");
        }
        assertThat(admin.aclLog()).isEmpty();
    }

    @Test
    void minimalRule_isMinimal_withoutAnyOneCommandOrKeyPatternSomethingIsRefused() {
        List<String> parts = new ArrayList<>(Arrays.asList(COMMANDS.split(" ")));
        parts.addAll(Arrays.asList(PLAIN_KEYS.split(" ")));
        List<String> unneeded = new ArrayList<>();
        int run = 0;
        for (String part : parts) {
            String keys = Stream.of(PLAIN_KEYS.split(" ")).filter(k -> !k.equals(part)).collect(Collectors.joining(" "));
            String commands = Stream.of(COMMANDS.split(" ")).filter(c -> !c.equals(part))
                    .collect(Collectors.joining(" "));
            setUser("on >app-secret resetkeys " + keys + " " + CHANNELS + " -@all " + commands);
            admin.aclLogReset();
            admin.scriptFlush();
            String id = "m" + run++;
            Throwable refused = catchThrowable(() -> {
                try (RedWeave redweave = connectAsApp(null)) {
                    Workload.runAll(redweave, id);
                }
            });
            if (refused == null && admin.aclLog().isEmpty()) {
                unneeded.add(part);
            }
        }
        assertThat(unneeded).as("permissions the workload runs without").isEmpty();
    }

    @Test
    void docs_giveTheTestedRule() throws IOException {
        String page = Files.readString(docs("docs/security.md"));
        assertThat(page).contains("ACL SETUSER app " + rule(NAMESPACED_KEYS));
        assertThat(page).contains(PLAIN_KEYS);
    }

    static Path docs(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " was not found above " + Path.of("").toAbsolutePath());
    }
}
