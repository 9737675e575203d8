package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.test.FaultProxy;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow Redis, silently dropped traffic, half-open connections, resets and refused connections, injected by a
 * {@link FaultProxy}: every call ends within a bound set by the timeout, with a {@link RedisConnectionException}
 * (or, for FAIL_OPEN annotations, the method's own result), and everything works again once the fault is gone.
 */
@RedisTest
class SlowAndSilentRedisTest {
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /**
     * The longest a failing call may take: twice the timeout (a broken pooled connection is replaced in the
     * caller's thread, under the same timeout, before the call fails) plus slack for a loaded 2-core machine.
     */
    private static final Duration BOUND = TIMEOUT.multipliedBy(2).plusMillis(400);

    private final RedisServer server;
    private FaultProxy proxy;
    private RedWeave redweave;
    private Shop shop;

    SlowAndSilentRedisTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        proxy = FaultProxy.start(server.host(), server.port());
        redweave = RedWeave.builder().config(config()).build();
        shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
    }

    @AfterEach
    void close() {
        if (redweave != null) {
            redweave.close();
        }
        proxy.close();
    }

    private RedisConfig config() {
        return RedisConfig.builder().url(proxy.uri()).timeout(TIMEOUT).poolSize(4).build();
    }

    @Test
    void slowRedis_repliesWithinTheTimeoutSucceed_slowerOnesFailTypedWithinTheBound() {
        redweave.cache().set("k", "v", Duration.ofMinutes(1));
        proxy.latency(Duration.ofMillis(50));
        long slow = timed(() -> assertThat(redweave.cache().get("k", String.class)).contains("v"));
        assertThat(Duration.ofNanos(slow)).isGreaterThanOrEqualTo(Duration.ofMillis(50)).isLessThan(BOUND);

        proxy.latency(Duration.ofSeconds(2));
        Throwable[] error = new Throwable[1];
        long failing = timed(() -> error[0] = catchThrowable(() -> redweave.cache().get("k", String.class)));
        assertThat(error[0]).isInstanceOf(RedisConnectionException.class).hasMessageContaining("cache.get");
        assertThat(Duration.ofNanos(failing)).isLessThan(BOUND);

        long failOpen = timed(() -> assertThat(shop.item("1")).startsWith("item 1 #"));
        openTheBreaker();
        long open = Measure.medianNanos(51, () -> shop.item("1"));
        Measure.report("slow", "+50 ms latency: get took " + Measure.millis(slow) + "; +2 s latency with a "
                + TIMEOUT.toMillis() + " ms timeout: RedisConnectionException after " + Measure.millis(failing)
                + ", FAIL_OPEN @Cached answered in " + Measure.millis(failOpen) + ", then (breaker open) "
                + Measure.micros(open) + " median");
        assertThat(Duration.ofNanos(failOpen)).isLessThan(BOUND);
        assertThat(Duration.ofNanos(open)).isLessThan(Duration.ofMillis(5));

        proxy.heal();
        awaitRecovery();
    }

    @Test
    void droppedTraffic_callsFailWithRedisConnectionException_withinTheBound_andRecoverWhenItFlowsAgain() {
        redweave.cache().set("k", "v", Duration.ofMinutes(1));
        proxy.drop(true);
        Throwable[] error = new Throwable[1];
        long failing = timed(() -> error[0] = catchThrowable(() -> redweave.cache().get("k", String.class)));
        assertThat(error[0]).isInstanceOf(RedisConnectionException.class);
        assertThat(Duration.ofNanos(failing)).isLessThan(BOUND);
        long limited = timed(() -> assertThatThrownBy(() -> redweave.rateLimiter().gcra("g", 5, Duration.ofSeconds(1)))
                .isInstanceOf(RedisConnectionException.class));
        assertThat(Duration.ofNanos(limited)).isLessThan(BOUND);

        long failOpen = timed(() -> assertThat(shop.browse("a")).startsWith("browse a #"));
        assertThat(Duration.ofNanos(failOpen)).isLessThan(BOUND);
        openTheBreaker();
        Measure.report("drop", "traffic dropped: cache.get failed after " + Measure.millis(failing)
                + ", rate limiter after " + Measure.millis(limited) + ", FAIL_OPEN @RateLimited answered in "
                + Measure.millis(failOpen));

        proxy.heal();
        long recovery = awaitRecovery();
        Measure.report("drop", "recovered " + Measure.millis(recovery) + " after traffic flowed again");
    }

    @Test
    void halfOpenConnections_connectingFailsWithinTheBound_andOpenConnectionsKeepWorking() {
        proxy.halfOpen(true);
        Throwable[] error = new Throwable[1];
        long building = timed(() -> error[0] = catchThrowable(() -> RedWeave.builder().config(config()).build()));
        assertThat(error[0]).isInstanceOf(RedisConnectionException.class)
                .hasMessageContaining(proxy.host() + ":" + proxy.port());
        assertThat(Duration.ofNanos(building)).isLessThan(BOUND);

        assertThat(redweave.cache().exists("k")).isFalse();

        proxy.resetAll();
        long failOpen = timed(() -> {
            for (int i = 0; i < 5; i++) {
                assertThat(shop.item("h" + i)).startsWith("item h" + i);
            }
        });
        assertThat(core().breakerState()).isEqualTo("OPEN");
        Measure.report("half-open", "build() failed after " + Measure.millis(building) + "; 5 FAIL_OPEN calls while"
                + " every new connection hangs took " + Measure.millis(failOpen) + " in all");
        assertThat(Duration.ofNanos(failOpen)).isLessThan(BOUND.multipliedBy(4));

        proxy.heal();
        awaitRecovery();
    }

    @Test
    void connectionsReset_failOpenCallersSeeNoException_andOtherCallsFailTypedAtMostOncePerPooledConnection() {
        for (int i = 0; i < 20; i++) {
            shop.item("r" + i);
            redweave.cache().set("r" + i, "v", Duration.ofMinutes(1));
        }
        int before = proxy.acceptedConnections();
        proxy.resetAll();
        for (int i = 0; i < 20; i++) {
            assertThat(shop.item("r" + i)).startsWith("item r" + i);
        }
        int failures = 0;
        for (int i = 0; i < 20; i++) {
            try {
                assertThat(redweave.cache().get("r" + i, String.class)).isIn(Optional.of("v"), Optional.empty());
            } catch (RedisConnectionException e) {
                failures++;
            }
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> shop.item("again") != null
                && core().breakerState().equals("CLOSED"));
        assertThat(redweave.cache().get("r1", String.class)).contains("v");
        Measure.report("reset", "after resetting every connection: " + failures + " of 20 direct cache reads failed"
                + " with RedisConnectionException (pool of 4), " + (proxy.acceptedConnections() - before)
                + " new connections opened; FAIL_OPEN callers saw none");
        assertThat(failures).isLessThanOrEqualTo(4);
    }

    @Test
    void refusedConnections_failFastWithRedisConnectionException_andRecover() {
        proxy.refuse(true).resetAll();
        Throwable[] error = new Throwable[1];
        long failing = timed(() -> error[0] = catchThrowable(() -> redweave.cache().get("k", String.class)));
        assertThat(error[0]).isInstanceOf(RedisConnectionException.class);
        assertThat(Duration.ofNanos(failing)).isLessThan(BOUND);
        openTheBreaker();
        Measure.report("refuse", "connections reset on accept: cache.get failed after " + Measure.millis(failing));
        proxy.heal();
        awaitRecovery();
    }

    /** Calls a FAIL_OPEN method until the endpoint's breaker opens. */
    private void openTheBreaker() {
        for (int i = 0; i < 20 && !core().breakerState().equals("OPEN"); i++) {
            assertThat(shop.item("b" + i)).startsWith("item b" + i);
        }
        assertThat(core().breakerState()).isEqualTo("OPEN");
    }

    /** Waits until annotated calls reach Redis again and direct calls succeed; returns how long that took. */
    private long awaitRecovery() {
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .ignoreExceptionsInstanceOf(RedisConnectionException.class)
                .until(() -> shop.strictItem("z") != null && core().breakerState().equals("CLOSED"));
        redweave.cache().set("after", "v", Duration.ofMinutes(1));
        assertThat(redweave.cache().get("after", String.class)).contains("v");
        return System.nanoTime() - started;
    }

    private AnnotationInterceptor core() {
        return (AnnotationInterceptor) redweave.interceptor();
    }

    private static long timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return System.nanoTime() - started;
    }
}
