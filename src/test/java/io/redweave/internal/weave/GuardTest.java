package io.redweave.internal.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.annotation.FailurePolicy;
import io.redweave.internal.weave.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The guard's reports to the breaker, with a failure at an exact instant (which Redis cannot show on demand). */
class GuardTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(1), now::get);
    private final Guard guard = new Guard(breaker, "redis://test:6379/0");

    private void openThenWaitForTheProbe() {
        assertThat(guard.call(FailurePolicy.FAIL_OPEN, "warm-up", "k", () -> {
            throw new RedisConnectionException("refused");
        }, () -> "fallback")).isEqualTo("fallback");
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void probeAnsweredByARefusedCommand_closesTheBreaker_becauseRedisAnswered() {
        openThenWaitForTheProbe();
        assertThat(guard.call(FailurePolicy.FAIL_OPEN, "probe", "k", () -> {
            throw new RedisOperationException("SET", "k", "OOM command not allowed", null);
        }, () -> "fallback")).isEqualTo("fallback");
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void probeEndedByABugOfOurOwn_givesTheProbeBack_insteadOfStickingHalfOpen() {
        openThenWaitForTheProbe();
        assertThatThrownBy(() -> guard.call(FailurePolicy.FAIL_OPEN, "probe", "k", () -> {
            throw new IllegalStateException("bug");
        }, () -> "fallback")).isInstanceOf(IllegalStateException.class);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(guard.call(FailurePolicy.FAIL_OPEN, "next probe", "k", () -> "redis", () -> "fallback"))
                .isEqualTo("redis");
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }
}
