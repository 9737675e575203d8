package io.redweave.docs.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.HealthReport;
import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.cache.CacheManager;
import io.redweave.key.KeyBuilder;
import io.redweave.ops.GeoOperations;
import io.redweave.ops.HashOperations;
import io.redweave.ops.ListOperations;
import io.redweave.ops.SortedSetOperations;
import io.redweave.ops.StreamOperations;
import io.redweave.pubsub.PubSubManager;
import io.redweave.ratelimit.RateLimitResult;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.scan.Scanner;
import io.redweave.session.CreateSessionRequest;
import io.redweave.session.CreateSessionResult;
import io.redweave.session.SessionConfig;
import io.redweave.session.SessionData;
import io.redweave.session.SessionManager;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The Java side of {@code docs/migration.md}, run against a real Redis through the process-wide instance.
 *
 * <p>Longer than most tests: one test per section of the guide, in the page's order, so that each block of the
 * page has its test next to it.
 */
@RedisTest
class MigrationExamplesTest {
    private final Database database = new Database();
    private final String sessionId = "3f1c2a9e";
    private final String userId = "42";
    private RedWeave redweave;

    @BeforeEach
    void initialize(RedisServer server) {
        server.flushAll();
        RedWeave.shutdown();
        redweave = RedWeave.initialize(RedisConfig.builder().url(server.uri()).build());
    }

    @AfterEach
    void shutdown() {
        RedWeave.shutdown();
    }

    @Test
    void quickStart_useAnywhereAfterInitialize() {
        // example: migration-use
        RedWeave redweave = RedWeave.get();                        // like getRedis(): anywhere after initialize
        redweave.client().set("key", "value");                     // any Redis command, on the raw client
        redweave.client().set("key", "value", SetParams.setParams().ex(300));   // SET key value EX 300
        // end
        assertThat(redweave.client().ttl("key")).isBetween(290L, 300L);
    }

    @Test
    void availableUtilities() {
        // example: migration-utilities
        RedWeave redweave = RedWeave.get();
        UnifiedJedis client = redweave.client();                   // getRedisClient()
        PubSubManager pubSub = redweave.pubSub();                  // getRedisPubClient(), getRedisSubClient(), getPubSubManager()
        SessionManager sessions = redweave.sessions();             // getSessionManager()
        RateLimiter limiter = redweave.rateLimiter();              // getRateLimiter()
        CacheManager cache = redweave.cache();                     // getCacheManager()
        KeyBuilder keys = redweave.keys();                         // getKeyBuilder()
        Scanner scanner = redweave.scanner();                      // getScanner()
        HashOperations hashes = redweave.hashes();                 // getHashOps()
        SortedSetOperations sortedSets = redweave.sortedSets();    // getSortedSetOps()
        ListOperations lists = redweave.lists();                   // getListOps()
        GeoOperations geo = redweave.geo();                        // getGeoOps()
        StreamOperations streams = redweave.streams();             // getStreamOps()
        HealthReport health = redweave.health();                   // getConnectionManager().healthCheck()
        // end
        assertThat(List.of(client, pubSub, sessions, limiter, cache, keys, scanner, hashes, sortedSets, lists, geo,
                streams)).doesNotContainNull();
        assertThat(health.healthy()).isTrue();
    }

    @Test
    void keyBuilding() {
        // example: migration-keys
        KeyBuilder keyBuilder = RedWeave.get().keys();
        String sessionKey = keyBuilder.session(sessionId);                // "session:3f1c2a9e"
        String rateLimitKey = keyBuilder.rateLimit("api", userId);        // "rl:api:42"
        String cacheKey = keyBuilder.cache("user", userId);               // "cache:user:42"
        // end
        assertThat(List.of(sessionKey, rateLimitKey, cacheKey))
                .containsExactly("session:3f1c2a9e", "rl:api:42", "cache:user:42");
    }

    @Test
    void sessionManagement() {
        String ip = "203.0.113.7";
        String userAgent = "Mozilla/5.0";
        // example: migration-sessions
        SessionManager sessionManager = RedWeave.get().sessions(SessionConfig.builder()
                .ttl(Duration.ofMinutes(30))
                .maxSessionsPerUser(5)
                .build());

        // Create session (enforces the limit, atomically)
        CreateSessionResult created = sessionManager.createSession(sessionId, userId,
                CreateSessionRequest.of(null, Map.of("ip", ip, "userAgent", userAgent)));

        // Get session
        Optional<SessionData> session = sessionManager.getSession(sessionId);

        // Update session (lastActivity is set by Redis, the expiry slides)
        sessionManager.updateSession(sessionId, Map.of("cart", "3"));
        // end
        assertThat(created.success()).isTrue();
        assertThat(session).get().extracting(SessionData::metadata).isEqualTo(Map.of("ip", ip, "userAgent", userAgent));
        assertThat(sessionManager.getSession(sessionId).orElseThrow().attribute("cart")).contains("3");
    }

    @Test
    void rateLimiting() {
        for (int i = 0; i < 100; i++) {
            RedWeave.get().rateLimiter().slidingWindow("api:" + userId, 100, Duration.ofMinutes(1));
        }
        assertThatThrownBy(() -> {
            // example: migration-rate-limit
            RateLimiter limiter = RedWeave.get().rateLimiter();

            // Sliding window (exact), on the server's clock, one round trip
            RateLimitResult result = limiter.slidingWindow("api:" + userId,
                    100,                                      // max requests
                    Duration.ofMinutes(1));                   // window

            if (!result.allowed()) {
                throw new RateLimitExceededException("api:" + userId, result.limit(), result.current(),
                        result.retryAfter());                 // or simply: result.orThrow("api:" + userId)
            }
            // end
        }).isInstanceOf(RateLimitExceededException.class).hasMessageContaining("retry after");
    }

    @Test
    void cacheManager() {
        // example: migration-cache
        CacheManager cache = RedWeave.get().cache();

        // Get or fetch: the loader runs once, even for concurrent callers on several instances
        User user = cache.getOrFetch("user:123", User.class, () -> database.getUser("123"), Duration.ofSeconds(300));

        // Safe invalidation (SCAN + UNLINK on every master, never KEYS), within the cache's key space
        long removed = cache.invalidate("user:*");
        // end
        assertThat(user).isEqualTo(new User("123", "User 123"));
        assertThat(removed).isEqualTo(1);
    }

    @Test
    void safeScan() {
        redweave.client().set("session:1", "a");
        redweave.client().set("cache:expired:1", "b");
        // example: migration-scan
        Scanner scanner = RedWeave.get().scanner();

        // Safe key scanning (non-blocking): at most 100 keys, and nothing found is thrown away
        List<String> keys = scanner.scanKeys("session:*", 100);

        // Scan and delete (UNLINK, pipelined batches)
        long deleted = scanner.scanAndDelete("cache:expired:*");
        // end
        assertThat(keys).containsExactly("session:1");
        assertThat(deleted).isEqualTo(1);
    }

    @Test
    void breakingChanges() {
        redweave.client().set("session:9", "a");
        // example: migration-no-keys
        List<String> keys = RedWeave.get().scanner().scanKeys("session:*", 10_000);
        // end
        assertThat(keys).containsExactly("session:9");

        Map<String, Object> data = Map.of("device", "ios");
        // example: migration-session-hashes
        SessionManager sessions = RedWeave.get().sessions();
        sessions.createSession(sessionId, userId, CreateSessionRequest.of(null, data));   // a hash, with its TTL
        Optional<SessionData> session = sessions.getSession(sessionId);                 // typed fields
        // end
        assertThat(session).get().extracting(SessionData::userId).isEqualTo(userId);
        assertThat(redweave.client().type("session:" + sessionId)).isEqualTo("hash");
    }

    // example: migration-after-get-or-fetch
    User getUser(String userId) {
        return RedWeave.get().cache().getOrFetch("user:" + userId, User.class,
                () -> database.getUser(userId), Duration.ofSeconds(300));
    }
    // end

    @Test
    void beforeAfter_basicUsage() {
        assertThat(getUser("7")).isEqualTo(getUser("7"));
        assertThat(database.reads()).isEqualTo(1);
        UserService users = woven();
        users.getUser("8");
        users.getUser("8");
        assertThat(database.reads()).isEqualTo(2);
        assertThat(redweave.client().exists("cache:user:8")).isTrue();
        users.rename("8", "Eight");
        assertThat(redweave.client().exists("cache:user:8")).isFalse();
    }

    @Test
    void beforeAfter_rateLimiting() {
        String key = "checkout:" + userId;
        long limit = 3;
        Duration window = Duration.ofMinutes(1);
        for (int i = 0; i < 3; i++) {
            RedWeave.get().rateLimiter().slidingWindow(key, limit, window).orThrow(key);
        }
        assertThatThrownBy(() -> {
            // example: migration-after-rate-limit
            RateLimitResult result = RedWeave.get().rateLimiter().slidingWindow(key, limit, window);
            if (!result.allowed()) {
                throw new RateLimitExceededException(key, limit, result.current(), result.retryAfter());
            }
            // end
        }).isInstanceOf(RateLimitExceededException.class);
    }

    @Test
    void beforeAfter_keyScanning() {
        redweave.client().set("cache:a", "1");
        redweave.client().set("cache:b", "2");
        // example: migration-after-scan
        long deleted = RedWeave.get().scanner().scanAndDelete("cache:*");
        System.out.println("Deleted " + deleted + " keys");
        // end
        assertThat(deleted).isEqualTo(2);
    }

    @Test
    void helpersAndInjection() {
        RedisHelpers.set("greeting", "hello", Duration.ofMinutes(5));
        RedisHelpers.set("forever", "here", null);
        assertThat(RedisHelpers.get("greeting")).contains("hello");
        assertThat(redweave.client().pttl("greeting")).isPositive();
        assertThat(redweave.client().ttl("forever")).isEqualTo(-1);
        assertThat(RedisHelpers.get("missing")).isEmpty();

        OrderService orders = new OrderService(RedWeave.get());
        assertThat(orders.status(userId, "o-1")).isEqualTo("PAID");
    }

    private UserService woven() {
        try {
            return redweave.enhance(UserService.class).getConstructor(Database.class).newInstance(database);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
