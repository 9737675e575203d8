package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.pubsub.Subscription;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Redis killed with SIGKILL and started again while many threads call annotated methods: FAIL_OPEN callers never see
 * an exception, the open breaker makes the fallback nearly free, everything recovers within seconds of Redis
 * returning, and pub/sub subscriptions are restored.
 */
@RedisTest
class RedisKilledUnderLoadTest {
    private static final int THREADS = 8;
    private static final long PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

    private final RedisServer server;
    private RedWeave redweave;
    private Shop shop;

    RedisKilledUnderLoadTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        assumeTrue(server.canRestart(), "kills and restarts Redis, which this server cannot do");
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri())
                .timeout(Duration.ofMillis(500)).build()).build();
        shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
    }

    @AfterEach
    void close() {
        if (redweave != null) {
            redweave.close();
        }
    }

    /** One call a load thread made: when it started, how long it took, and what it threw. */
    private record Call(long startedAt, long nanos, Throwable error) {
    }

    @Test
    void redisKilledUnderLoad_failOpenCallersSeeNoException_andEverythingRecoversWithinSeconds() throws Exception {
        Queue<String> received = new ConcurrentLinkedQueue<>();
        Subscription subscription = redweave.pubSub().subscribe("orders", String.class,
                message -> received.add(message.data()));
        awaitDelivery(received, "before");

        Queue<Call> calls = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch gate = new CountDownLatch(1);
        List<Thread> load = startLoad(calls, stop, gate);
        gate.countDown();
        awaitCalls(calls, 2_000);

        long killedAt = System.nanoTime();
        server.kill();
        await().atMost(Duration.ofSeconds(5)).until(() -> core().breakerState().equals("OPEN"));
        long openedAt = System.nanoTime();
        assertThatThrownBy(() -> shop.strictItem("x")).isInstanceOf(RedisConnectionException.class);
        long addedNanos = Measure.medianNanos(201, () -> shop.item("x")) - Measure.medianNanos(201, () -> shop.plain("x"));
        long strictNanos = Measure.medianNanos(201, () -> {
            try {
                return shop.strictItem("x");
            } catch (RedisConnectionException expected) {
                return expected;
            }
        });
        long outageUntil = openedAt + TimeUnit.MILLISECONDS.toNanos(1_200);
        await().atMost(Duration.ofSeconds(5)).until(() -> System.nanoTime() >= outageUntil);

        long restartedAt = System.nanoTime();
        server.start();
        long serverUpAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> core().breakerState().equals("CLOSED") && cachedAgain());
        long recoveredAt = System.nanoTime();
        awaitDelivery(received, "after");
        long resubscribedAt = System.nanoTime();

        stop.set(true);
        for (Thread thread : load) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        subscription.close();

        List<Call> all = new ArrayList<>(calls);
        assertThat(all).filteredOn(call -> call.error() != null).isEmpty();
        long[] outage = nanos(all, killedAt, restartedAt);
        long[] breakerOpen = nanos(all, openedAt, restartedAt);
        Measure.report("kill", all.size() + " FAIL_OPEN calls by " + THREADS + " threads, 0 exceptions; breaker open "
                + Measure.millis(openedAt - killedAt) + " after SIGKILL; outage calls p50 " + Measure.micros(
                Measure.percentile(outage, 50)) + ", p99 " + Measure.micros(Measure.percentile(outage, 99))
                + ", max " + Measure.millis(Measure.percentile(outage, 100)) + "; with the breaker open p99 "
                + Measure.micros(Measure.percentile(breakerOpen, 99)) + "; median added latency (breaker open) "
                + Measure.micros(addedNanos) + "; FAIL_CLOSED fails in " + Measure.micros(strictNanos)
                + " (median); restart took " + Measure.millis(serverUpAt - restartedAt) + ", recovered "
                + Measure.millis(recoveredAt - serverUpAt) + " after Redis answered; pub/sub delivering again "
                + Measure.millis(resubscribedAt - serverUpAt) + " after");
        assertThat(Duration.ofNanos(addedNanos)).isLessThan(Duration.ofMillis(5));
        assertThat(Duration.ofNanos(strictNanos)).isLessThan(Duration.ofMillis(5));
        assertThat(Duration.ofNanos(Measure.percentile(outage, 100))).isLessThan(Duration.ofSeconds(2));
        assertThat(Duration.ofNanos(recoveredAt - serverUpAt)).isLessThan(Duration.ofSeconds(5));
    }

    private List<Thread> startLoad(Queue<Call> calls, AtomicBoolean stop, CountDownLatch gate) {
        List<Thread> threads = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                awaitGate(gate);
                while (!stop.get() && System.nanoTime() < deadline) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    String id = Integer.toString(random.nextInt(50));
                    long started = System.nanoTime();
                    Throwable error = null;
                    try {
                        String result = random.nextBoolean() ? shop.item(id) : shop.browse(id);
                        assertThat(result).contains(id);
                    } catch (Throwable e) {
                        error = e;
                    }
                    calls.add(new Call(started, System.nanoTime() - started, error));
                    LockSupport.parkNanos(PAUSE_NANOS);
                }
            }, "kill-test-load-" + t);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static void awaitGate(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCalls(Queue<Call> calls, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> calls.size() >= count);
    }

    private static long[] nanos(List<Call> calls, long from, long to) {
        return calls.stream().filter(c -> c.startedAt() >= from && c.startedAt() < to).mapToLong(Call::nanos).toArray();
    }

    /** Whether a fresh call is cached in Redis again. */
    private boolean cachedAgain() {
        String id = "fresh-" + System.nanoTime();
        shop.item(id);
        try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()))) {
            return jedis.exists("cache:item:" + id);
        }
    }

    /** Publishes from a separate connection until the subscriber receives it. */
    private void awaitDelivery(Queue<String> received, String text) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
            try (Jedis jedis = new Jedis(new HostAndPort(server.host(), server.port()))) {
                jedis.publish("orders", "\"" + text + "\"");
            }
            return received.contains(text);
        });
    }

    private AnnotationInterceptor core() {
        return (AnnotationInterceptor) redweave.interceptor();
    }
}
