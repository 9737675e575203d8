package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * {@code SCRIPT FLUSH} under load: every script RedWeave runs is reloaded on {@code NOSCRIPT}, so the rate limiter,
 * the cache's scripted commands and the sessions keep working and no error reaches a caller.
 */
@RedisTest
class ScriptFlushTest {
    private static final int THREADS = 4;

    private final RedisServer server;
    private RedWeave redweave;

    ScriptFlushTest(RedisServer server) {
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

    @Test
    void scriptFlushUnderLoad_everyScriptedCallSucceeds_andLimitsStillHold() throws Exception {
        Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
        RateLimiter limiter = redweave.rateLimiter();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicLong calls = new AtomicLong();
        AtomicInteger flushes = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String caller = "caller-" + t;
            threads.add(start(gate, () -> {
                while (System.nanoTime() < deadline) {
                    try {
                        assertThat(limiter.slidingWindow(caller, 1_000_000, Duration.ofMinutes(1)).allowed()).isTrue();
                        assertThat(limiter.fixedWindow(caller, 1_000_000, Duration.ofMinutes(1)).allowed()).isTrue();
                        assertThat(limiter.tokenBucket(caller, 1_000_000, 1_000).allowed()).isTrue();
                        assertThat(limiter.gcra(caller, 1_000_000, Duration.ofSeconds(1)).allowed()).isTrue();
                        assertThat(shop.browse(caller)).startsWith("browse");
                        redweave.cache().increment("count:" + caller, 1, Duration.ofMinutes(1));
                        calls.addAndGet(6);
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }));
        }
        threads.add(start(gate, () -> {
            try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()))) {
                while (System.nanoTime() < deadline) {
                    jedis.scriptFlush();
                    flushes.incrementAndGet();
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
            }
        }));
        gate.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
        }

        Measure.report("script-flush", calls.get() + " scripted calls by " + THREADS + " threads during "
                + flushes.get() + " SCRIPT FLUSHes: " + errors.size() + " errors");
        assertThat(errors).isEmpty();
        assertThat(flushes.get()).isGreaterThan(10);
        for (int i = 0; i < THREADS; i++) {
            assertThat(redweave.cache().get("count:caller-" + i, Long.class)).hasValueSatisfying(n -> assertThat(n).isPositive());
        }
    }

    @Test
    void scriptFlushBeforeEveryCall_aLimitStillTripsExactlyAtItsMax() {
        RateLimiter limiter = redweave.rateLimiter();
        try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()))) {
            for (int i = 1; i <= 5; i++) {
                jedis.scriptFlush();
                assertThat(limiter.slidingWindow("tight", 5, Duration.ofMinutes(1)).allowed()).isTrue();
            }
            jedis.scriptFlush();
            assertThat(limiter.slidingWindow("tight", 5, Duration.ofMinutes(1)).allowed()).isFalse();
        }
    }

    private static Thread start(CountDownLatch gate, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            work.run();
        }, "script-flush-test");
        thread.start();
        return thread;
    }
}
