package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import io.redweave.cache.FetchOptions;
import io.redweave.key.KeyBuilder;
import io.redweave.session.SessionConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Argument values out of range (negative TTLs, zero limits, NaN rates, huge counts, bad settings and annotation
 * values): each fails at once with an {@link IllegalArgumentException} whose message names the value and the rule,
 * and nothing reaches Redis.
 */
@RedisTest
class ArgumentRangeTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final RedisServer server;
    private RedWeave redweave;
    private final List<String> problems = new ArrayList<>();

    ArgumentRangeTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    /** Records a problem unless {@code call} throws IllegalArgumentException naming {@code value} and a rule. */
    private void rejects(String what, String value, Runnable call) {
        Throwable error = catchThrowable(call::run);
        if (!(error instanceof IllegalArgumentException)) {
            problems.add(what + ": expected IllegalArgumentException, got " + error);
        } else if (!error.getMessage().contains(value)
                || !error.getMessage().matches("(?s).*\\b(invalid|must|needs|at least|at most|positive)\\b.*")) {
            problems.add(what + ": message does not name '" + value + "' and a rule: " + error.getMessage());
        }
    }

    @Test
    void cache_outOfRangeArguments_areRejectedNamingTheValueAndTheRule() {
        var cache = redweave.cache();
        rejects("set, negative ttl", "-1", () -> cache.set("k", "v", Duration.ofSeconds(-1)));
        rejects("set, zero ttl", "PT0S", () -> cache.set("k", "v", Duration.ZERO));
        rejects("getOrFetch, negative ttl", "-5", () -> cache.getOrFetch("k", String.class, () -> "v",
                Duration.ofSeconds(-5)));
        rejects("expire, negative ttl", "PT-0.001S", () -> cache.expire("k", Duration.ofMillis(-1)));
        rejects("increment, negative ttl", "-1", () -> cache.increment("k", 1, Duration.ofSeconds(-1)));
        rejects("mset, negative ttl", "-1", () -> cache.mset(Map.of("a", 1), Duration.ofSeconds(-1)));
        rejects("keys, negative limit", "-1", () -> cache.keys("*", -1));
        rejects("keys, zero limit", "0", () -> cache.keys("*", 0));
        rejects("FetchOptions, zero ttl", "PT0S", () -> FetchOptions.of(Duration.ZERO));
        rejects("FetchOptions, NaN jitter", "NaN", () -> FetchOptions.of(MINUTE).jitter(Double.NaN));
        rejects("FetchOptions, jitter above 1", "2.0", () -> FetchOptions.of(MINUTE).jitter(2.0));
        rejects("FetchOptions, negative null ttl", "-1", () -> FetchOptions.of(MINUTE).cacheNulls(Duration.ofSeconds(-1)));
        assertThat(problems).isEmpty();
        assertThat(keyCount()).isZero();
    }

    @Test
    void rateLimiter_outOfRangeArguments_areRejectedNamingTheValueAndTheRule() {
        var limiter = redweave.rateLimiter();
        rejects("sliding window, zero max", "0", () -> limiter.slidingWindow("k", 0, MINUTE));
        rejects("sliding window, negative max", "-3", () -> limiter.slidingWindow("k", -3, MINUTE));
        rejects("sliding window, negative window", "-1", () -> limiter.slidingWindow("k", 5, Duration.ofSeconds(-1)));
        rejects("sliding window, zero window", "PT0S", () -> limiter.slidingWindow("k", 5, Duration.ZERO));
        rejects("sliding window, permits over max", "6", () -> limiter.slidingWindow("k", 5, MINUTE, 6));
        rejects("fixed window, zero permits", "0", () -> limiter.fixedWindow("k", 5, MINUTE, 0));
        rejects("fixed window, huge max", Long.toString(Long.MAX_VALUE),
                () -> limiter.fixedWindow("k", Long.MAX_VALUE, MINUTE));
        rejects("fixed window, window of 10,000 days", "PT240000H",
                () -> limiter.fixedWindow("k", 5, Duration.ofDays(10_000)));
        rejects("token bucket, NaN rate", "NaN", () -> limiter.tokenBucket("k", 10, Double.NaN));
        rejects("token bucket, infinite rate", "Infinity", () -> limiter.tokenBucket("k", 10, Double.POSITIVE_INFINITY));
        rejects("token bucket, negative rate", "-1.0", () -> limiter.tokenBucket("k", 10, -1.0));
        rejects("token bucket, zero capacity", "0", () -> limiter.tokenBucket("k", 0, 1.0));
        rejects("token bucket, tiny rate", "1.0E-9", () -> limiter.tokenBucket("k", 10, 1e-9));
        rejects("gcra, zero limit", "0", () -> limiter.gcra("k", 0, MINUTE));
        rejects("gcra, limit above a microsecond each", "2000000", () -> limiter.gcra("k", 2_000_000, Duration.ofSeconds(1)));
        rejects("check, negative window", "-1", () -> limiter.check("k", 5, Duration.ofSeconds(-1)));
        rejects("empty key", "''", () -> limiter.gcra("", 5, MINUTE));
        assertThat(problems).isEmpty();
        assertThat(keyCount()).isZero();
    }

    @Test
    void sessionsScannerConfigAndKeys_outOfRangeArguments_areRejectedNamingTheValueAndTheRule() {
        rejects("session ttl, negative", "-1", () -> SessionConfig.builder().ttl(Duration.ofSeconds(-1)).build());
        rejects("sessions per user, zero", "0", () -> SessionConfig.builder().maxSessionsPerUser(0).build());
        rejects("events per session, negative", "-2", () -> SessionConfig.builder().maxEventsPerSession(-2).build());
        rejects("createSession, zero ttl", "PT0S", () -> redweave.sessions().createSession("s", "u",
                io.redweave.session.CreateSessionRequest.empty(), Duration.ZERO));
        rejects("touchSession, negative ttl", "-1", () -> redweave.sessions().touchSession("s", Duration.ofSeconds(-1)));
        rejects("scanKeys, negative limit", "-1", () -> redweave.scanner().scanKeys("*", -1));
        rejects("scan count, zero", "0", () -> redweave.scanner().withCount(0));
        rejects("config timeout, negative", "PT-0.001S", () -> RedisConfig.builder().timeout(Duration.ofMillis(-1)));
        rejects("config timeout, an hour", "PT1H", () -> RedisConfig.builder().timeout(Duration.ofHours(1)));
        rejects("config pool size, zero", "0", () -> RedisConfig.builder().poolSize(0));
        rejects("config database, negative", "-1", () -> RedisConfig.builder().database(-1));
        rejects("config port, 70000", "70000", () -> RedisConfig.builder().port(70_000));
        rejects("env timeout, huge", "99999999999", () -> RedisConfig.fromEnv(Map.of("REDIS_TIMEOUT_MS", "99999999999")));
        rejects("key part limit, zero", "0", () -> KeyBuilder.builder().maxPartBytes(0));
        assertThat(problems).isEmpty();
        assertThat(keyCount()).isZero();
    }

    /** Annotations with values out of range. */
    public interface BadTtl {
        @Cached(key = "x:{id}", ttl = -5)
        String value(String id);
    }

    /** A rate limit with no room. */
    public interface BadLimit {
        @RateLimited(key = "x:{id}", limit = 0, window = 60)
        String value(String id);
    }

    /** A rate limit whose call costs more than the limit. */
    public interface BadPermits {
        @RateLimited(key = "x:{id}", limit = 5, window = 60, permits = 6)
        String value(String id);
    }

    @Test
    void annotations_outOfRangeValues_failAtWeaveTimeNamingTheValueAndTheRule() {
        rejects("@Cached(ttl = -5)", "ttl = -5", () -> redweave.proxy(new BadTtlImpl()));
        rejects("@RateLimited(limit = 0)", "limit = 0", () -> redweave.proxy(new BadLimitImpl()));
        rejects("@RateLimited(permits = 6, limit = 5)", "permits = 6", () -> redweave.proxy(new BadPermitsImpl()));
        assertThat(problems).isEmpty();
    }

    /** An implementation, so that the interface's annotations are woven. */
    public static final class BadTtlImpl implements BadTtl {
        @Override
        public String value(String id) {
            return id;
        }
    }

    /** An implementation, so that the interface's annotations are woven. */
    public static final class BadLimitImpl implements BadLimit {
        @Override
        public String value(String id) {
            return id;
        }
    }

    /** An implementation, so that the interface's annotations are woven. */
    public static final class BadPermitsImpl implements BadPermits {
        @Override
        public String value(String id) {
            return id;
        }
    }

    private long keyCount() {
        try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()))) {
            return jedis.dbSize();
        }
    }
}
