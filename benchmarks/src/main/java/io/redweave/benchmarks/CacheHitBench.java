package io.redweave.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.RedWeave;
import io.redweave.benchmarks.services.UserLookup;
import io.redweave.benchmarks.services.UserLookupImpl;
import io.redweave.benchmarks.services.UserService;
import io.redweave.benchmarks.spring.SpringCaches;
import io.redweave.benchmarks.spring.SpringUserService;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.Checks;
import io.redweave.benchmarks.support.CommandStats;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.RoundTrips;
import io.redweave.benchmarks.support.User;
import io.redweave.benchmarks.woven.WovenService;
import io.redweave.codec.Decoded;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import redis.clients.jedis.RedisClient;

/**
 * A {@code @Cached} hit on Redis (no near cache) against a hand-written Jedis {@code GET} + Jackson decode and
 * against Spring's {@code @Cacheable} over Spring Data Redis, all reading the same 143-byte JSON from the same Redis.
 *
 * <p>Before measuring, each fork checks with {@code MONITOR} that 1,000 calls of its path send exactly the Redis
 * commands expected (one {@code GET} per hit) and that every path stores the same payload; after measuring, that no
 * measured call was a miss, and with {@code INFO commandstats} the commands per call over the whole trial. The
 * Redis-bound methods count their calls in a {@link LongAdder} for that (a few nanoseconds on tens of microseconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheHitBench {
    private static final int CHECKED_CALLS = 1_000;

    private final String id = Payload.USER_ID;
    private BenchRedis redis;
    private RedisClient raw;
    private ObjectMapper mapper;
    private byte[] payload;
    private String redweaveKey;
    private byte[] redweaveKeyBytes;
    private RedWeave redweave;
    private UserService enhanced;
    private UserLookup proxied;
    private WovenService woven;
    private AnnotationConfigApplicationContext springContext;
    private SpringUserService spring;
    private final LongAdder calls = new LongAdder();
    private CommandStats trialStart;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        Checks.recordLoad(params.getBenchmark());
        redis = BenchRedis.start();
        raw = redis.rawClient();
        mapper = Payload.mapper();
        payload = Payload.bytes();
        redweave = RedWeave.builder().config(redis.config()).build();
        enhanced = redweave.enhance(UserService.class).getConstructor().newInstance();
        proxied = redweave.proxy(new UserLookupImpl());
        RedWeave.initialize(redis.config());
        woven = new WovenService();
        springContext = SpringCaches.redis(redis);
        spring = springContext.getBean(SpringUserService.class);

        enhanced.find(id);
        Set<String> keys = redis.admin().keys("cache:*");
        Checks.require(keys.size() == 1, "expected one RedWeave cache key after the first call, found " + keys);
        redweaveKey = keys.iterator().next();
        redweaveKeyBytes = redweaveKey.getBytes(StandardCharsets.UTF_8);
        spring.find(id);
        Payload.check("RedWeave (" + redweaveKey + ")", redis.admin().get(redweaveKeyBytes));
        Payload.check("Spring (users::" + id + ")", redis.admin().get(("users::" + id).getBytes(StandardCharsets.UTF_8)));
        Checks.require(proxied.find(id).equals(Payload.USER) && woven.find(id).equals(Payload.USER)
                && proxied.loads() == 0 && woven.loads() == 0, "the proxy and the woven service must hit the same key");
        checkRoundTrips(params);
        calls.reset();
        trialStart = redis.commandStats();
    }

    private void checkRoundTrips(BenchmarkParams params) throws Exception {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        Map<String, Callable<Object>> paths = Map.of(
                "rawGetJackson", this::rawGetJackson,
                "rawGetStringJackson", this::rawGetStringJackson,
                "redweaveEnhancedHit", this::redweaveEnhancedHit,
                "redweaveProxyHit", this::redweaveProxyHit,
                "redweaveAspectjHit", this::redweaveAspectjHit,
                "springRedisHit", this::springRedisHit);
        Callable<Object> path = paths.get(method);
        if (path == null) {
            return;
        }
        RoundTrips.Count count = RoundTrips.during(redis, () -> {
            try {
                for (int i = 0; i < CHECKED_CALLS; i++) {
                    path.call();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Checks.record("roundtrips.CacheHitBench." + method, count.describe(CHECKED_CALLS));
    }

    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) {
        long count = calls.sum();
        if (count > 0) {
            Map<String, Long> commands = redis.commandStats().since(trialStart);
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            Checks.record("commandstats.CacheHitBench." + method, String.format(java.util.Locale.ROOT,
                    "%.3f commands per call over the whole trial (INFO commandstats): %s for %d calls",
                    commands.values().stream().mapToLong(Long::longValue).sum() / (double) count, commands, count));
        }
        Checks.record("loads.CacheHitBench", "enhanced=" + enhanced.loads() + " proxied=" + proxied.loads()
                + " woven=" + woven.loads() + " spring=" + spring.loads());
        Checks.record("redis.version", redis.version());
        springContext.close();
        RedWeave.shutdown();
        redweave.close();
        raw.close();
        redis.close();
    }

    /** Jackson alone, on the payload (no Redis): what decoding costs. */
    @Benchmark
    public User jacksonDecode() throws IOException {
        return mapper.readValue(payload, User.class);
    }

    /** RedWeave's codec alone, on the payload (no Redis): the decoding a {@code @Cached} hit does. */
    @Benchmark
    public Decoded<User> codecDecode() {
        return redweave.codec().decode(payload, User.class);
    }

    /** The hand-written baseline: {@code GET} (binary key) + Jackson. */
    @Benchmark
    public User rawGetJackson() throws IOException {
        calls.increment();
        return mapper.readValue(raw.get(redweaveKeyBytes), User.class);
    }

    /** The anchors' hand-written variant: {@code GET} (String key and value) + Jackson. */
    @Benchmark
    public User rawGetStringJackson() throws IOException {
        calls.increment();
        return mapper.readValue(raw.get(redweaveKey), User.class);
    }

    /** {@code @Cached} hit through {@code redweave.enhance} (Byte Buddy subclass). */
    @Benchmark
    public User redweaveEnhancedHit() {
        calls.increment();
        return enhanced.find(id);
    }

    /** {@code @Cached} hit through {@code redweave.proxy} (Byte Buddy proxy of an interface). */
    @Benchmark
    public User redweaveProxyHit() {
        calls.increment();
        return proxied.find(id);
    }

    /** {@code @Cached} hit through RedWeave's aspect, woven at compile time. */
    @Benchmark
    public User redweaveAspectjHit() {
        calls.increment();
        return woven.find(id);
    }

    /** Spring {@code @Cacheable} hit over Spring Data Redis. */
    @Benchmark
    public User springRedisHit() {
        calls.increment();
        return spring.find(id);
    }
}
