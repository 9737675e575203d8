package io.redweave.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Redis memory per rate-limit key ({@code MEMORY USAGE}), against PRODUCT.md section 8: at most 100 bytes for
 * the fixed window and GCRA, at most 150 bytes for the token bucket; the sliding window's cost per request in
 * the window is measured and printed (it is documented in docs/rate-limiter.md).
 */
@RedisTest
class RateLimiterMemoryTest {
    /** A realistic caller key: an API limit per user. */
    private static final String KEY = "api:user:1234567";
    private static final Duration HOUR = Duration.ofHours(1);

    private final RedisServer server;
    private RedWeave redweave;
    private RateLimiter limiter;
    private UnifiedJedis client;

    RateLimiterMemoryTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        limiter = RateLimiterContract.rateLimiter(redweave);
        client = redweave.client();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void memoryUsage_fixedWindowAndGcraAtMost100Bytes_tokenBucketAtMost150Bytes() {
        limiter.fixedWindow(KEY, 1000, HOUR, 999);
        limiter.gcra(KEY, 1000, HOUR);
        limiter.tokenBucket(KEY, 1000, 0.3);
        limiter.tokenBucket(KEY, 1000, 0.3);

        long fixed = memory("rl:fw:" + KEY);
        long gcra = memory("rl:gcra:" + KEY);
        long bucket = memory("rl:tb:" + KEY);
        System.out.printf("MEMORY USAGE on Redis %s, key '%s': fixed window %d B, GCRA %d B, token bucket %d B%n",
                version(), KEY, fixed, gcra, bucket);

        assertThat(fixed).as("fixed window").isLessThanOrEqualTo(100);
        assertThat(gcra).as("GCRA").isLessThanOrEqualTo(100);
        assertThat(bucket).as("token bucket").isLessThanOrEqualTo(150);
    }

    @Test
    void memoryUsage_slidingWindow_growsByAboutOneEntryPerRequestInTheWindow() {
        String redisKey = "rl:sw:" + KEY;
        limiter.slidingWindow(KEY, 100_000, HOUR);
        long one = memory(redisKey);
        StringBuilder report = new StringBuilder("MEMORY USAGE of a sliding window on Redis " + version()
                + ": 1 request " + one + " B");
        int requests = 1;
        for (int target : new int[] {100, 1000, 10_000}) {
            for (; requests < target; requests++) {
                limiter.slidingWindow(KEY, 100_000, HOUR);
            }
            long bytes = memory(redisKey);
            double perRequest = (double) (bytes - one) / (target - 1);
            report.append(String.format("; %d requests %d B (%.1f B per request)", target, bytes, perRequest));
            assertThat(perRequest).as("bytes per request with %d in the window", target).isLessThanOrEqualTo(128);
        }
        System.out.println(report);
        assertThat(client.zcard(redisKey)).isEqualTo(10_000);
    }

    private long memory(String key) {
        return client.memoryUsage(key, 0);
    }

    private String version() {
        String info = client.info("server");
        return info.lines().filter(line -> line.startsWith("redis_version:")).findFirst()
                .map(line -> line.substring("redis_version:".length())).orElse("?");
    }
}
