package io.redweave.internal.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.weave.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(1), now::get);

    @Test
    void closed_allowsRequests_andStaysClosedBelowTheThreshold() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void thresholdOfConsecutiveFailures_opensTheBreaker_andRejectsWithoutWaiting() {
        failTimes(3);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).isFalse();
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(breaker.allowRequest()).isFalse();
    }

    @Test
    void aSuccessInBetween_resetsTheCount() {
        failTimes(2);
        breaker.onSuccess();
        failTimes(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void afterThePause_exactlyOneProbeIsLetThrough_andItsSuccessCloses() {
        failTimes(3);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(breaker.allowRequest()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allowRequest()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void aFailedProbe_opensAgainForAnotherPause() {
        failTimes(3);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(breaker.allowRequest()).isTrue();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void concurrentCallersAfterThePause_onlyOneProbes() throws InterruptedException {
        failTimes(3);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (breaker.allowRequest()) {
                    allowed.incrementAndGet();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(allowed.get()).isEqualTo(1);
    }

    @Test
    void anInconclusiveProbe_isGivenBack_soTheNextCallProbesAtOnce() {
        failTimes(3);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(breaker.allowRequest()).isTrue();
        breaker.onInconclusive();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).isTrue();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void inconclusive_whileClosed_changesNothing() {
        breaker.onInconclusive();
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void badSettings_areRejectedWithTheValue() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1), now::get))
                .hasMessageContaining("failure threshold 0");
        assertThatThrownBy(() -> new CircuitBreaker(1, Duration.ZERO, now::get))
                .hasMessageContaining("open duration PT0S");
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure();
        }
    }
}
