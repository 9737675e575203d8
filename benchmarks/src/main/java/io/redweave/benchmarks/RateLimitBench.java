package io.redweave.benchmarks;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.serialization.Mapper;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import io.redweave.RedWeave;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.Checks;
import io.redweave.benchmarks.support.CommandStats;
import io.redweave.benchmarks.support.RoundTrips;
import io.redweave.ratelimit.RateLimitResult;
import io.redweave.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import redis.clients.jedis.RedisClient;

/**
 * Rate-limit checks on one hot key under 16 threads, against a plain {@code GET} at the same concurrency and against
 * Bucket4j's Jedis module (compare-and-swap builder, the only one it offers). Limits are high enough that every check
 * is admitted, as in the anchors, so every call does the same work.
 *
 * <p>Each fork checks with {@code INFO commandstats} how many Redis calls 200 single-threaded checks make, and after
 * measuring reports the Redis calls per operation over the whole trial (Bucket4j's compare-and-swap retries show
 * there).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
public class RateLimitBench {
    /** Admits up to a million checks per second: never denied here. */
    static final long LIMIT = 1_000_000;
    private static final String KEY = "api:hot";
    private static final int CHECKED_CALLS = 200;

    private BenchRedis redis;
    private RedisClient raw;
    private byte[] getKey;
    private RedWeave redweave;
    private RateLimiter limiter;
    private BucketProxy bucket;
    private String method;
    private final LongAdder ops = new LongAdder();
    private CommandStats trialStart;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        Checks.recordLoad(params.getBenchmark());
        redis = BenchRedis.start();
        raw = redis.rawClient();
        getKey = "plain:hot".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        raw.set(getKey, new byte[16]);
        redweave = RedWeave.builder().config(redis.config()).build();
        limiter = redweave.rateLimiter();
        ProxyManager<String> buckets = Bucket4jJedis.casBasedBuilder(raw)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(10)))
                .keyMapper(Mapper.STRING)
                .build();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(LIMIT).refillGreedy(LIMIT, Duration.ofSeconds(1)))
                .build();
        bucket = buckets.builder().build("rl:b4j:" + KEY, () -> configuration);
        method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        checkRoundTrips();
        ops.reset();
        trialStart = redis.commandStats();
    }

    private void checkRoundTrips() throws Exception {
        Map<String, Callable<Object>> paths = Map.of(
                "rawGet", this::rawGet,
                "redweaveTokenBucket", this::redweaveTokenBucket,
                "redweaveFixedWindow", this::redweaveFixedWindow,
                "redweaveGcra", this::redweaveGcra,
                "redweaveSlidingWindow", this::redweaveSlidingWindow,
                "bucket4jTryConsume", this::bucket4jTryConsume);
        Callable<Object> path = paths.get(method);
        path.call(); // loads the script, creates the key
        RoundTrips.Count count = RoundTrips.during(redis, () -> {
            try {
                for (int i = 0; i < CHECKED_CALLS; i++) {
                    path.call();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Checks.record("roundtrips.RateLimitBench." + method, count.describe(CHECKED_CALLS));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        CommandStats end = redis.commandStats();
        Map<String, Long> calls = end.since(trialStart);
        long total = calls.values().stream().mapToLong(Long::longValue).sum();
        long count = ops.sum();
        long serverMicros = 0;
        for (String command : List.of("get", "evalsha", "eval")) {
            serverMicros += end.usec().getOrDefault(command, 0L) - trialStart.usec().getOrDefault(command, 0L);
        }
        Checks.record("servertime16.RateLimitBench." + method, String.format(java.util.Locale.ROOT,
                "%.2f µs of Redis time per call (INFO commandstats usec of the commands clients sent, script bodies"
                        + " included)", serverMicros / (double) Math.max(1, count)));
        Checks.record("commands16.RateLimitBench." + method, String.format(java.util.Locale.ROOT,
                "%.3f commands per call (INFO commandstats, script commands included, 16 threads, whole trial): %s"
                        + " for %d calls", (double) total / Math.max(1, count), calls, count));
        redweave.close();
        raw.close();
        redis.close();
    }

    /** The baseline: a plain {@code GET} of a 16-byte value. */
    @Benchmark
    public byte[] rawGet() {
        ops.increment();
        return raw.get(getKey);
    }

    /** RedWeave token bucket: one {@code EVALSHA}. */
    @Benchmark
    public RateLimitResult redweaveTokenBucket() {
        ops.increment();
        return limiter.tokenBucket(KEY, LIMIT, LIMIT);
    }

    /** RedWeave fixed window: one {@code EVALSHA}. */
    @Benchmark
    public RateLimitResult redweaveFixedWindow() {
        ops.increment();
        return limiter.fixedWindow(KEY, LIMIT, Duration.ofSeconds(1));
    }

    /** RedWeave GCRA: one {@code EVALSHA}. */
    @Benchmark
    public RateLimitResult redweaveGcra() {
        ops.increment();
        return limiter.gcra(KEY, LIMIT, Duration.ofSeconds(1));
    }

    /** RedWeave sliding window (the {@code @RateLimited} default): one {@code EVALSHA}, one sorted-set entry per admitted call. */
    @Benchmark
    public RateLimitResult redweaveSlidingWindow() {
        ops.increment();
        return limiter.slidingWindow(KEY, LIMIT, Duration.ofSeconds(1));
    }

    /** Bucket4j 8.14.0, Jedis module, compare-and-swap on one key. */
    @Benchmark
    public boolean bucket4jTryConsume() {
        ops.increment();
        return bucket.tryConsume(1);
    }
}
