package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;

/**
 * The connection pool exhausted (one connection, held by a blocked borrower): every call that needs a connection
 * fails with a {@link RedisConnectionException} within the pool wait, FAIL_OPEN annotations still answer, and once
 * the borrower lets go nothing is left behind: no extra thread, no extra connection.
 */
@RedisTest
class PoolExhaustionTest {
    private static final Duration POOL_WAIT = Duration.ofMillis(100);
    private static final Duration BOUND = POOL_WAIT.plusMillis(900);
    private static final String[] THREAD_PREFIXES = {"redweave", "commons-pool"};

    private final RedisServer server;

    PoolExhaustionTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void clean() {
        server.flushAll();
    }

    @Test
    void poolExhausted_callsFailTypedWithinTheWait_failOpenAnswers_andNothingLeaksAfterwards() throws Exception {
        long threadsBefore = Measure.threads(THREAD_PREFIXES);
        RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri())
                .poolSize(1).poolMaxWait(POOL_WAIT).build()).build();
        Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
        redweave.cache().set("k", "v", Duration.ofMinutes(1));
        long clientsBefore = Measure.clients(server.host(), server.port(), "redweave");

        AbstractPipeline borrower = redweave.client().pipelined();
        List<Long> waits = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                assertThatThrownBy(() -> redweave.cache().get("k", String.class))
                        .isInstanceOf(RedisConnectionException.class)
                        .hasMessageContaining("cache.get");
                waits.add(System.nanoTime() - started);
            }
            long failOpen = System.nanoTime();
            assertThat(shop.item("1")).startsWith("item 1 #");
            failOpen = System.nanoTime() - failOpen;
            List<Long> concurrent = callConcurrently(redweave, 8);
            long[] all = Measure.toArray(waits);
            Measure.report("pool", "pool of 1 held by a borrower, wait " + POOL_WAIT.toMillis() + " ms: direct calls"
                    + " failed with RedisConnectionException after " + Measure.millis(Measure.percentile(all, 50))
                    + " (median), 8 concurrent callers after at most " + Measure.millis(
                    Measure.percentile(Measure.toArray(concurrent), 100)) + "; FAIL_OPEN @Cached answered in "
                    + Measure.millis(failOpen));
            assertThat(Duration.ofNanos(Measure.percentile(all, 0))).isGreaterThanOrEqualTo(POOL_WAIT.minusMillis(5));
            assertThat(Duration.ofNanos(Measure.percentile(all, 100))).isLessThan(BOUND);
            assertThat(concurrent).allSatisfy(nanos -> assertThat(Duration.ofNanos(nanos)).isLessThan(BOUND));
            assertThat(Duration.ofNanos(failOpen)).isLessThan(BOUND);
        } finally {
            borrower.close();
        }

        assertThat(redweave.cache().get("k", String.class)).contains("v");
        assertThat(Measure.clients(server.host(), server.port(), "redweave")).isEqualTo(clientsBefore);
        redweave.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> Measure.clients(server.host(), server.port(), "redweave") == 0
                && Measure.threads(THREAD_PREFIXES) <= threadsBefore);
    }

    /** {@code callers} threads read at once from the exhausted pool; each must fail typed; returns their times. */
    private static List<Long> callConcurrently(RedWeave redweave, int callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    gate.await();
                    long started = System.nanoTime();
                    assertThatThrownBy(() -> redweave.cache().get("k", String.class))
                            .isInstanceOf(RedisConnectionException.class);
                    return System.nanoTime() - started;
                }));
            }
            gate.countDown();
            List<Long> times = new ArrayList<>();
            for (Future<Long> result : results) {
                times.add(result.get(10, TimeUnit.SECONDS));
            }
            return times;
        } finally {
            pool.shutdownNow();
        }
    }
}
