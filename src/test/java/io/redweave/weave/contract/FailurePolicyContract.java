package io.redweave.weave.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.RedisConnectionException;
import io.redweave.weave.contract.services.ResilientService;
import io.redweave.weave.contract.services.SessionService;
import io.redweave.weave.contract.services.SessionServiceImpl;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped under each failure policy: {@code FAIL_OPEN} runs the method (and, once the endpoint's circuit
 * breaker is open, adds next to nothing), {@code FAIL_CLOSED} throws {@link RedisConnectionException} quickly,
 * everything recovers when Redis is back, and failed invalidations are retried in the background until they succeed.
 */
public abstract class FailurePolicyContract extends SessionAndOrderContract {
    private static final int SAMPLES = 51;

    /** Stops Redis (the test is skipped for a server that cannot be stopped, such as one given by REDIS_URL). */
    private void stopRedis() {
        assumeTrue(server.canRestart(), "the failure scenarios stop and start Redis, which this server cannot do");
        server.stop();
    }

    /** Calls {@code call} until the endpoint's breaker opens (after a few connection failures). */
    private static void openTheBreaker(Runnable call) {
        for (int i = 0; i < 20 && !core().breakerState().equals("OPEN"); i++) {
            call.run();
        }
        assertThat(core().breakerState()).isEqualTo("OPEN");
    }

    @Test
    public void redisDown_failOpen_runsTheMethod_andWithTheBreakerOpenAddsUnderAMillisecondOrSo() throws Exception {
        ResilientService service = weave(ResilientService.class);
        for (int i = 0; i < 200; i++) {
            service.plain("warm");
            service.openCached("warm");
        }

        stopRedis();
        openTheBreaker(() -> service.openCached("x"));
        String result = service.openCached("x");
        assertThat(result).startsWith("open x #");
        assertThat(service.openLimited("x")).startsWith("limited x #");

        long woven = medianNanos(() -> service.openCached("x"));
        long direct = medianNanos(() -> service.plain("x"));
        assertThat(Duration.ofNanos(woven - direct)).isLessThan(Duration.ofMillis(5));
    }

    @Test
    public void redisDown_failClosed_throwsRedisConnectionExceptionQuickly() throws Exception {
        ResilientService service = weave(ResilientService.class);
        SessionService sessions = service(SessionServiceImpl.class, SessionService.class);
        int runs = service.runs();

        stopRedis();
        long started = System.nanoTime();
        openTheBreaker(() -> assertThatThrownBy(() -> service.closedCached("x"))
                .isInstanceOf(RedisConnectionException.class));
        assertThatThrownBy(() -> service.closedCached("x")).isInstanceOf(RedisConnectionException.class);
        assertThatThrownBy(() -> service.closedLimited("x")).isInstanceOf(RedisConnectionException.class);
        assertThatThrownBy(() -> sessions.whoAmI("s-1")).isInstanceOf(RedisConnectionException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(service.runs()).isEqualTo(runs);
        long failing = medianNanos(() -> {
            try {
                service.closedCached("x");
            } catch (RedisConnectionException expected) {
                return expected.getMessage();
            }
            throw new AssertionError("closedCached ran with Redis down");
        });
        assertThat(Duration.ofNanos(failing)).isLessThan(Duration.ofMillis(5));
    }

    @Test
    public void redisBack_everyPolicyRecovers_andCachingResumes() throws Exception {
        ResilientService service = weave(ResilientService.class);
        stopRedis();
        openTheBreaker(() -> service.openCached("x"));

        server.start();

        await().atMost(Duration.ofSeconds(15)).ignoreExceptionsInstanceOf(RedisConnectionException.class)
                .until(() -> service.closedCached("y") != null);
        assertThat(core().breakerState()).isEqualTo("CLOSED");
        int runs = service.runs();
        assertThat(service.closedCached("y")).isEqualTo(service.closedCached("y"));
        assertThat(service.openCached("z")).isEqualTo(service.openCached("z"));
        assertThat(service.runs()).isEqualTo(runs + 1);
        assertThat(redis().exists("cache:closed:y")).isTrue();
        assertThat(redis().exists("cache:open:z")).isTrue();
    }

    @Test
    public void redisDown_failedInvalidations_areRetriedInTheBackground_untilRedisIsBack() throws Exception {
        ResilientService service = weave(ResilientService.class);
        int runs = service.runs();

        stopRedis();
        service.openInvalidate("k");
        assertThatThrownBy(() -> service.closedInvalidate("k")).isInstanceOf(RedisConnectionException.class);
        assertThat(service.runs()).isEqualTo(runs + 2);
        assertThat(core().pendingInvalidations()).isEqualTo(2);

        server.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> core().pendingInvalidations() == 0);
    }

    /** The median duration of {@value #SAMPLES} runs of {@code call}, in nanoseconds. */
    private static long medianNanos(Supplier<?> call) {
        long[] samples = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long started = System.nanoTime();
            call.get();
            samples[i] = System.nanoTime() - started;
        }
        Arrays.sort(samples);
        return samples[SAMPLES / 2];
    }
}
