package io.redweave.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * The rate limiter's behaviour against a real Redis: exactness under concurrency, denials and their
 * {@code retryAfter}, expiry of every key, permits, reset and key layout. {@link StandaloneRateLimiterTest} runs
 * it on one server and {@link ClusterRateLimiterTest} on a 3-master cluster; the seed-defect regressions live in
 * {@link SeedDefectContract}, which extends this class so that each mode starts its Redis once.
 */
abstract class RateLimiterContract {
    static final Duration MINUTE = Duration.ofMinutes(1);
    static final Duration SHORT = Duration.ofMillis(300);

    RedWeave redweave;
    RateLimiter limiter;
    UnifiedJedis client;
    RawRedis raw;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The rate limiter of a RedWeave instance: the one place that says how a test obtains it. */
    static RateLimiter rateLimiter(RedWeave redweave) {
        return redweave.rateLimiter();
    }

    /** A new, independent RedWeave instance, as another service instance would have. */
    RedWeave connect() {
        return RedWeave.builder().config(config()).build();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = connect();
        limiter = rateLimiter(redweave);
        client = redweave.client();
        raw = new RawRedis(client);
    }

    @AfterEach
    void closeInstance() {
        redweave.close();
    }

    @Test
    void slidingWindow_400CallsFrom16ThreadsOn4Instances_admitExactlyTheLimit() throws Exception {
        Hammer.Outcome outcome = Hammer.run(this::connect, l -> l.slidingWindow("hot", 100, MINUTE));

        assertThat(outcome.admitted()).isEqualTo(100);
        assertThat(outcome.denied()).isEqualTo(300);
        assertThat(limiter.getUsage("hot", MINUTE)).isEqualTo(100);
    }

    @Test
    void fixedWindow_400CallsFrom16ThreadsOn4Instances_admitExactlyTheLimit() throws Exception {
        Hammer.Outcome outcome = Hammer.run(this::connect, l -> l.fixedWindow("hot", 100, MINUTE));

        assertThat(outcome.admitted()).isEqualTo(100);
        assertThat(client.get("rl:fw:hot")).isEqualTo("100");
    }

    @Test
    void gcra_400CallsFrom16ThreadsOn4Instances_admitExactlyTheLimit() throws Exception {
        // 100 per hour: the burst is 100, and the next permit comes 36 s later, long after the test.
        Hammer.Outcome outcome = Hammer.run(this::connect, l -> l.gcra("hot", 100, Duration.ofHours(1)));

        assertThat(outcome.admitted()).isEqualTo(100);
    }

    @Test
    void slidingWindow_denied_retryAfterPositive_thenAdmittedAfterWaitingIt() {
        limiter.slidingWindow("k", 2, SHORT);
        limiter.slidingWindow("k", 2, SHORT);
        Instant before = Instant.now();
        RateLimitResult denied = limiter.slidingWindow("k", 2, SHORT);

        assertDenied(denied, before, SHORT);
        waitFor(denied.retryAfter());
        assertThat(limiter.slidingWindow("k", 2, SHORT).allowed()).isTrue();
    }

    @Test
    void fixedWindow_denied_retryAfterPositive_thenAdmittedAfterWaitingIt() {
        limiter.fixedWindow("k", 2, SHORT);
        limiter.fixedWindow("k", 2, SHORT);
        Instant before = Instant.now();
        RateLimitResult denied = limiter.fixedWindow("k", 2, SHORT);

        assertDenied(denied, before, SHORT.plusMillis(1));
        waitFor(denied.retryAfter());
        assertThat(limiter.fixedWindow("k", 2, SHORT).allowed()).isTrue();
    }

    @Test
    void tokenBucket_denied_retryAfterPositive_thenAdmittedAfterWaitingIt() {
        limiter.tokenBucket("k", 2, 5.0);
        limiter.tokenBucket("k", 2, 5.0);
        Instant before = Instant.now();
        RateLimitResult denied = limiter.tokenBucket("k", 2, 5.0);

        assertDenied(denied, before, Duration.ofMillis(201));
        waitFor(denied.retryAfter());
        assertThat(limiter.tokenBucket("k", 2, 5.0).allowed()).isTrue();
    }

    @Test
    void gcra_denied_retryAfterPositive_thenAdmittedAfterWaitingIt() {
        limiter.gcra("k", 2, SHORT);
        limiter.gcra("k", 2, SHORT);
        Instant before = Instant.now();
        RateLimitResult denied = limiter.gcra("k", 2, SHORT);

        assertDenied(denied, before, Duration.ofMillis(150));
        waitFor(denied.retryAfter());
        assertThat(limiter.gcra("k", 2, SHORT).allowed()).isTrue();
    }

    @Test
    void check_denied_retryAfterPositive_thenAdmittedAfterWaitingIt() {
        limiter.slidingWindow("k", 1, SHORT);
        Instant before = Instant.now();
        RateLimitResult denied = limiter.check("k", 1, SHORT);

        assertDenied(denied, before, SHORT);
        assertThat(denied.current()).isEqualTo(1);
        waitFor(denied.retryAfter());
        assertThat(limiter.check("k", 1, SHORT).allowed()).isTrue();
        assertThat(limiter.slidingWindow("k", 1, SHORT).allowed()).isTrue();
    }

    @Test
    void everyKey_hasAnExpiry_afterEveryKindOfCall() {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("slidingWindow admitted", () -> limiter.slidingWindow("ttl", 2, MINUTE, 2));
        calls.put("slidingWindow denied", () -> limiter.slidingWindow("ttl", 2, MINUTE));
        calls.put("fixedWindow admitted", () -> limiter.fixedWindow("ttl", 2, MINUTE, 2));
        calls.put("fixedWindow denied", () -> limiter.fixedWindow("ttl", 2, MINUTE));
        calls.put("tokenBucket admitted", () -> limiter.tokenBucket("ttl", 2, 0.001, 2));
        calls.put("tokenBucket denied", () -> limiter.tokenBucket("ttl", 2, 0.001));
        calls.put("gcra admitted", () -> limiter.gcra("ttl", 2, MINUTE, 2, 2));
        calls.put("gcra denied", () -> limiter.gcra("ttl", 2, MINUTE));
        calls.put("check", () -> limiter.check("ttl", 2, MINUTE));
        calls.put("getUsage", () -> limiter.getUsage("ttl", MINUTE));
        calls.put("check of a new key", () -> limiter.check("new", 2, MINUTE));

        for (Map.Entry<String, Runnable> call : calls.entrySet()) {
            call.getValue().run();
            List<String> keys = redweave.scanner().scanKeys("*", 100);
            assertThat(keys).as("keys after " + call.getKey()).isNotEmpty()
                    .allSatisfy(key -> assertThat(client.pttl(key)).as(key + " after " + call.getKey()).isPositive());
        }
        assertThat(redweave.scanner().scanKeys("*", 100))
                .containsExactlyInAnyOrder("rl:sw:ttl", "rl:fw:ttl", "rl:tb:ttl", "rl:gcra:ttl");
    }

    @Test
    void slidingWindow_permits_countNPerCall() {
        assertThat(limiter.slidingWindow("p", 5, MINUTE, 3)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 2L, 3L);
        assertThat(limiter.slidingWindow("p", 5, MINUTE, 3)).extracting("allowed", "remaining", "current")
                .containsExactly(false, 2L, 3L);
        assertThat(limiter.slidingWindow("p", 5, MINUTE, 2)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 0L, 5L);
        assertThat(client.zcard("rl:sw:p")).isEqualTo(5);
    }

    @Test
    void fixedWindow_permits_countNPerCall() {
        assertThat(limiter.fixedWindow("p", 5, MINUTE, 3)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 2L, 3L);
        assertThat(limiter.fixedWindow("p", 5, MINUTE, 3)).extracting("allowed", "remaining", "current")
                .containsExactly(false, 2L, 3L);
        assertThat(limiter.fixedWindow("p", 5, MINUTE, 2)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 0L, 5L);
    }

    @Test
    void tokenBucket_tokens_takeNAndRetryWhenNAreBack() {
        assertThat(limiter.tokenBucket("p", 5, 0.5, 3)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 2L, 3L);
        RateLimitResult denied = limiter.tokenBucket("p", 5, 0.5, 3);

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2001));
        assertThat(limiter.tokenBucket("p", 5, 0.5, 2).allowed()).isTrue();
    }

    @Test
    void limitsLoweredBetweenCalls_neverReportNegativeFigures() {
        limiter.tokenBucket("lowered", 10, 0.001);
        limiter.slidingWindow("lowered", 10, MINUTE, 5);
        limiter.gcra("lowered", 10, MINUTE);

        assertThat(limiter.tokenBucket("lowered", 3, 0.001)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 2L, 1L);
        assertThat(limiter.slidingWindow("lowered", 2, MINUTE)).extracting("allowed", "remaining", "current")
                .containsExactly(false, 0L, 5L);
        assertThat(limiter.gcra("lowered", 10, MINUTE, 1, 1)).extracting("allowed", "remaining")
                .containsExactly(false, 0L);
    }

    @Test
    void gcra_burstAndPermits_spaceRequestsByPeriodOverLimit() {
        // 10 per hour: one every 360 s, at most 3 at once.
        assertThat(limiter.gcra("g", 10, Duration.ofHours(1), 3, 2)).extracting("allowed", "remaining", "limit")
                .containsExactly(true, 1L, 3L);
        RateLimitResult denied = limiter.gcra("g", 10, Duration.ofHours(1), 3, 2);

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isBetween(Duration.ofSeconds(359), Duration.ofSeconds(360));
        assertThat(limiter.gcra("g", 10, Duration.ofHours(1), 3, 1).allowed()).isTrue();
    }

    @Test
    void getUsage_countsWhatCheckAndSlidingWindowCount() {
        for (int i = 0; i < 3; i++) {
            limiter.slidingWindow("u", 10, MINUTE);
        }

        assertThat(limiter.getUsage("u", MINUTE)).isEqualTo(3);
        assertThat(limiter.check("u", 10, MINUTE)).extracting("allowed", "remaining", "current")
                .containsExactly(true, 7L, 3L);
        assertThat(limiter.getUsage("never-used", MINUTE)).isZero();
    }

    @Test
    void reset_forgetsEveryAlgorithmOfTheKey() {
        limiter.slidingWindow("r", 1, MINUTE);
        limiter.fixedWindow("r", 1, MINUTE);
        limiter.tokenBucket("r", 1, 0.001);
        limiter.gcra("r", 1, MINUTE);
        limiter.slidingWindow("other", 1, MINUTE);

        assertThat(limiter.reset("r")).isTrue();
        assertThat(limiter.reset("r")).isFalse();
        assertThat(redweave.scanner().scanKeys("*", 100)).containsExactly("rl:sw:other");
        assertThat(limiter.slidingWindow("r", 1, MINUTE).allowed()).isTrue();
        assertThat(limiter.fixedWindow("r", 1, MINUTE).allowed()).isTrue();
        assertThat(limiter.tokenBucket("r", 1, 0.001).allowed()).isTrue();
        assertThat(limiter.gcra("r", 1, MINUTE).allowed()).isTrue();
    }

    @Test
    void orThrow_denied_throwsRateLimitExceededWithKeyLimitCurrentAndRetryAfter() {
        assertThat(limiter.fixedWindow("t", 1, MINUTE).orThrow("t").remaining()).isZero();

        RateLimitResult denied = limiter.fixedWindow("t", 1, MINUTE);
        assertThatThrownBy(() -> denied.orThrow("t"))
                .isInstanceOfSatisfying(RateLimitExceededException.class, e -> {
                    assertThat(e.key()).isEqualTo("t");
                    assertThat(e.limit()).isEqualTo(1);
                    assertThat(e.current()).isEqualTo(1);
                    assertThat(e.retryAfter()).isEqualTo(denied.retryAfter()).isPositive();
                });
    }

    @Test
    void keys_liveUnderTheNamespace_andHostileKeysAreKeptApart() {
        String hostile = "a:*?[x]\\{tag}\r\n\u0000";
        try (RedWeave namespaced = RedWeave.builder().config(config()).namespace("ticketing").build()) {
            RateLimiter other = rateLimiter(namespaced);
            other.slidingWindow(hostile, 1, MINUTE);
            other.fixedWindow(hostile, 1, MINUTE);
            other.tokenBucket(hostile, 1, 0.001);
            other.gcra(hostile, 1, MINUTE);

            assertThat(client.type("ticketing:rl:sw:" + hostile)).isEqualTo("zset");
            assertThat(client.type("ticketing:rl:fw:" + hostile)).isEqualTo("string");
            assertThat(client.type("ticketing:rl:tb:" + hostile)).isEqualTo("hash");
            assertThat(client.type("ticketing:rl:gcra:" + hostile)).isEqualTo("string");
            assertThat(other.slidingWindow(hostile, 1, MINUTE).allowed()).isFalse();
            assertThat(limiter.slidingWindow(hostile, 1, MINUTE).allowed()).as("no namespace").isTrue();
            assertThat(other.slidingWindow("a:*?[x]\\{tag}", 1, MINUTE).allowed()).as("another key").isTrue();
        }
    }

    static void assertDenied(RateLimitResult result, Instant before, Duration atMost) {
        assertThat(result.allowed()).isFalse();
        assertThat(result.retryAfter()).isPositive().isLessThanOrEqualTo(atMost);
        assertThat(result.resetAt()).isAfterOrEqualTo(before.plus(result.retryAfter()));
    }

    /** Lets {@code duration} pass: the tests that need it check what happens once a retryAfter has passed. */
    static void waitFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
    }
}
