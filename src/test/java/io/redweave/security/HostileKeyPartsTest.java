package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.key.KeyBuilder;
import io.redweave.key.KeyTemplates;
import io.redweave.reliability.Weaving;
import io.redweave.template.BoundTemplate;
import io.redweave.template.TemplateKind;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Hostile key parts through the KeyBuilder, key templates, annotations and managers: glob characters, backslashes,
 * hash tags, separators, CR/LF, NUL, 1 MB strings. None widens a pattern, none collides with another value, none
 * moves a key to a slot of its choosing, and no invalidation or deletion touches what it should not.
 */
@RedisTest
class HostileKeyPartsTest {
    /** The catalogue, each a value a caller could pass as an id. */
    static final List<String> HOSTILE = List.of("*", "?", "[a-z]*", "\\", "\\*", "{tag}", "}{", ":", "a:b", "a",
            "b:c", "a:b:c", "\r\n", "a\r\nDEL x", "\0", "x\0*", "..", "%2A", "%", "ａ", "", " ", "*".repeat(100_000),
            "x".repeat(1_000_000));

    private final RedisServer server;
    private RedWeave redweave;
    private Jedis jedis;

    HostileKeyPartsTest(RedisServer server) {
        this.server = server;
    }

    /** A cached lookup and its invalidation, keyed by a caller's id. */
    public interface Users {
        @Cached(key = "user:{id}:profile", ttl = 300)
        String user(String id);

        @InvalidateCache(pattern = "user:{id}:*")
        void forget(String id);
    }

    /** Counts its loads. */
    public static final class UsersImpl implements Users {
        int loads;

        @Override
        public String user(String id) {
            loads++;
            return "user#" + id.length();
        }

        @Override
        public void forget(String id) {
        }
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        jedis = new Jedis(new HostAndPort(server.host(), server.port()));
    }

    @AfterEach
    void close() {
        jedis.close();
        redweave.close();
    }

    @Test
    void keyBuilder_hostileParts_neverForgeASeparatorAGlobOrATag_neverCollide_andStayShort() {
        KeyBuilder keys = KeyBuilder.create();
        Set<String> seen = new HashSet<>();
        for (String part : HOSTILE) {
            String key = keys.cacheUser(part);
            assertThat(key).startsWith("cache:user:");
            String encoded = key.substring("cache:user:".length());
            assertThat(encoded).doesNotContain(":", "*", "?", "[", "]", "\\", "{", "}", "\r", "\n", "\0", " ");
            assertThat(key.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(11 + 256);
            assertThat(seen.add(key)).as("no collision for %s", abbreviated(part)).isTrue();
        }
        assertThat(keys.build("a:b", "c")).isNotEqualTo(keys.build("a", "b:c"));
        assertThat(keys.rateLimit("a:b", "c")).isNotEqualTo(keys.rateLimit("a", "b:c"));
        assertThat(keys.session("x\r\nDEL cache:*")).isEqualTo("session:x%0D%0ADEL%20cache%3A%2A");
    }

    @Test
    void template_aHostilePartCannotChooseTheHashSlot() {
        BoundTemplate template = KeyTemplates.bind("{{{tenant}}}:user:{id}", TemplateKind.KEY,
                List.of("tenant", "id"), List.of(String.class, String.class));
        int slot = JedisClusterCRC16.getSlot(KeyTemplates.render(template, "t-1", "plain"));
        for (String part : HOSTILE) {
            String key = KeyTemplates.render(template, "t-1", part);
            assertThat(key.chars().filter(c -> c == '{').count()).isEqualTo(1);
            assertThat(key.chars().filter(c -> c == '}').count()).isEqualTo(1);
            assertThat(JedisClusterCRC16.getSlot(key)).isEqualTo(slot);
            String tenantKey = KeyTemplates.render(template, part, "plain");
            assertThat(tenantKey.indexOf('}')).isEqualTo(tenantKey.lastIndexOf('}'));
        }
    }

    @Test
    void annotations_hostileIds_cacheApart_andInvalidatingOneDeletesOnlyItsOwnEntry() {
        UsersImpl impl = new UsersImpl();
        Users users = Weaving.weave(redweave, Users.class, impl);
        for (int i = 0; i < 100; i++) {
            users.user("u" + i);
        }
        for (String id : HOSTILE) {
            users.user(id);
        }
        long total = countKeys("cache:user:*");
        assertThat(total).isEqualTo(100 + HOSTILE.size());
        assertThat(impl.loads).isEqualTo(100 + HOSTILE.size());
        for (String id : HOSTILE) {
            users.user(id);
        }
        assertThat(impl.loads).as("every hostile id is a hit of its own entry").isEqualTo(100 + HOSTILE.size());

        long remaining = total;
        for (String id : HOSTILE) {
            long started = System.nanoTime();
            users.forget(id);
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long now = countKeys("cache:user:*");
            assertThat(now).as("forget(%s) deletes its own entry only", abbreviated(id)).isEqualTo(remaining - 1);
            assertThat(took).as("forget(%s) took %d ms", abbreviated(id), took).isLessThan(2_000);
            remaining = now;
        }
        assertThat(countKeys("cache:user:u*")).isEqualTo(100);
    }

    @Test
    void managers_hostileKeysAndIds_stayApart_andDeleteNothingElse() {
        for (String part : HOSTILE) {
            redweave.cache().set("k:" + part, part.length(), Duration.ofMinutes(5));
        }
        for (String part : HOSTILE) {
            assertThat(redweave.cache().get("k:" + part, Integer.class)).contains(part.length());
        }
        assertThat(redweave.cache().get("k:a\nDEL x", Integer.class)).isEmpty();

        redweave.sessions().createSession("s-normal", "alice");
        for (int i = 0; i < 6; i++) {
            String id = HOSTILE.get(i);
            assertThat(redweave.sessions().createSession("s-" + i + id, id).success()).isTrue();
            assertThat(redweave.sessions().getUserSessions(id)).hasSize(1);
        }
        assertThat(redweave.sessions().deleteUserSessions("*")).isEqualTo(1);
        assertThat(redweave.sessions().getUserSessions("alice")).hasSize(1);
        assertThat(redweave.sessions().getSession("s-normal")).isPresent();

        assertThat(redweave.rateLimiter().fixedWindow("*", 1, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(redweave.rateLimiter().fixedWindow("a", 1, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(redweave.rateLimiter().fixedWindow("*", 1, Duration.ofMinutes(1)).allowed()).isFalse();
        assertThat(redweave.rateLimiter().reset("*")).isTrue();
        assertThat(redweave.rateLimiter().fixedWindow("a", 1, Duration.ofMinutes(1)).allowed()).isFalse();

        long patternStarted = System.nanoTime();
        String longPattern = redweave.keys().patterns().userSessions("*".repeat(100_000)).glob();
        assertThat(longPattern.length()).isLessThan(400);
        assertThat(redweave.scanner().scanAndDelete(longPattern)).isZero();
        assertThat(System.nanoTime() - patternStarted).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(redweave.sessions().getUserSessions("alice")).hasSize(1);
    }

    private long countKeys(String pattern) {
        long count = 0;
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = jedis.scan(cursor, new ScanParams().match(pattern).count(1_000));
            count += page.getResult().size();
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return count;
    }

    private static String abbreviated(String value) {
        String shown = value.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
        return shown.length() > 20 ? shown.substring(0, 20) + "... (" + value.length() + " chars)" : shown;
    }
}
