package io.redweave.benchmarks.scenarios;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import io.redweave.RedWeave;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * Redis memory per rate-limit key ({@code MEMORY USAGE key SAMPLES 0}: key, value and overhead), for each algorithm
 * after one check of a limit of 100 per minute, Bucket4j's bucket for comparison, and the sliding window's cost per
 * request held in the window.
 */
public final class MemoryScenario {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private MemoryScenario() {
    }

    /**
     * The measurements.
     *
     * @param perKey         bytes per key, by algorithm (and {@code bucket4j})
     * @param encodings      the Redis type and encoding of each key
     * @param slidingByCount bytes of one sliding-window key holding N requests, by N
     */
    public record Result(Map<String, Long> perKey, Map<String, String> encodings, Map<Integer, Long> slidingByCount) {

        /** Bytes per request between {@code from} and {@code to} requests in the window. */
        public double slidingPerRequest(int from, int to) {
            return (double) (slidingByCount.get(to) - slidingByCount.get(from)) / (to - from);
        }
    }

    /** Measures on a Redis of its own. */
    public static Result run() {
        try (BenchRedis redis = BenchRedis.start();
             RedWeave redweave = RedWeave.builder().config(redis.config()).build();
             RedisClient raw = redis.rawClient()) {
            RateLimiter limiter = redweave.rateLimiter();
            Map<String, Long> perKey = new LinkedHashMap<>();
            Map<String, String> encodings = new LinkedHashMap<>();
            String key = "api:user-1042";
            measure(redis, "fixed window", perKey, encodings, k -> limiter.fixedWindow(k, 100, MINUTE), key);
            measure(redis, "GCRA", perKey, encodings, k -> limiter.gcra(k, 100, MINUTE), key);
            measure(redis, "token bucket", perKey, encodings, k -> limiter.tokenBucket(k, 100, 100 / 60.0), key);
            measure(redis, "sliding window (1 request)", perKey, encodings,
                    k -> limiter.slidingWindow(k, 100, MINUTE), key);
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(limit -> limit.capacity(100).refillGreedy(100, MINUTE)).build();
            var buckets = Bucket4jJedis.casBasedBuilder(raw)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                            Duration.ofMinutes(10)))
                    .keyMapper(Mapper.STRING).build();
            measure(redis, "bucket4j token bucket", perKey, encodings,
                    k -> buckets.builder().build(k, () -> configuration).tryConsume(1), "rl:b4j:" + key);
            Map<Integer, Long> sliding = new LinkedHashMap<>();
            for (int count : new int[] {1, 2, 10, 100, 128, 129, 1_000, 10_000}) {
                redis.admin().flushAll();
                for (int i = 0; i < count; i++) {
                    limiter.slidingWindow(key, 100_000, Duration.ofHours(1));
                }
                sliding.put(count, usage(redis.admin(), onlyKey(redis.admin())));
            }
            return new Result(perKey, encodings, sliding);
        }
    }

    private static void measure(BenchRedis redis, String name, Map<String, Long> perKey, Map<String, String> encodings,
            Consumer<String> check, String key) {
        Jedis admin = redis.admin();
        admin.flushAll();
        check.accept(key);
        String stored = onlyKey(admin);
        perKey.put(name, usage(admin, stored));
        encodings.put(name, admin.type(stored) + "/" + admin.objectEncoding(stored) + " (" + stored + ", TTL "
                + admin.pttl(stored) + " ms)");
    }

    private static String onlyKey(Jedis admin) {
        Set<String> keys = admin.keys("*");
        if (keys.size() != 1) {
            throw new IllegalStateException("expected one rate-limit key, found " + keys);
        }
        return keys.iterator().next();
    }

    private static long usage(Jedis admin, String key) {
        return admin.memoryUsage(key, 0);
    }
}
