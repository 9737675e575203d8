package io.redweave.internal.weave;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one Redis endpoint: after a run of connection failures it opens, so calls stop waiting for
 * timeouts and take their failure policy at once; after a pause it lets one probe through, and closes again when
 * the probe succeeds.
 *
 * <p>Implementation notes: the state is one atomic reference; the failure count and the time the breaker opened
 * are atomics beside it. Only one caller wins the compare-and-set from OPEN to HALF_OPEN, so exactly one probe goes
 * to Redis while the others keep failing fast. Lock-free; {@link #allowRequest()} costs a volatile read when closed.
 */
public final class CircuitBreaker {

    /** The breaker's state. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier clock;
    private final AtomicReference<State> state = new AtomicReference<>(State.CLOSED);
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong();

    /**
     * Creates a breaker that opens after {@code failureThreshold} consecutive failures and probes again after
     * {@code openDuration}, reading time from {@code clock} (nanoseconds, like {@link System#nanoTime()}).
     */
    public CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold " + failureThreshold + " is invalid: it must be 1 or more");
        }
        if (openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("open duration " + openDuration + " is invalid: it must be positive");
        }
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.clock = clock;
    }

    /** A breaker that opens after 3 consecutive failures and probes once a second, on the system clock. */
    public static CircuitBreaker withDefaults() {
        return new CircuitBreaker(3, Duration.ofSeconds(1), System::nanoTime);
    }

    /**
     * Whether a call may go to Redis now. When open and the pause is over, exactly one caller gets {@code true}
     * (the probe) and the breaker is half-open until that probe reports.
     */
    public boolean allowRequest() {
        State current = state.get();
        if (current == State.CLOSED) {
            return true;
        }
        if (current == State.OPEN && clock.getAsLong() - openedAt.get() >= openNanos) {
            return state.compareAndSet(State.OPEN, State.HALF_OPEN);
        }
        return false;
    }

    /** Reports a call that reached Redis: closes the breaker. */
    public void onSuccess() {
        if (consecutiveFailures.get() != 0) {
            consecutiveFailures.set(0);
        }
        if (state.get() != State.CLOSED) {
            state.set(State.CLOSED);
        }
    }

    /** Reports a call that could not reach Redis: opens the breaker after the threshold, or at once when probing. */
    public void onFailure() {
        int failures = consecutiveFailures.incrementAndGet();
        State current = state.get();
        if (current == State.HALF_OPEN || (current == State.CLOSED && failures >= failureThreshold)) {
            openedAt.set(clock.getAsLong());
            state.set(State.OPEN);
        }
    }

    /**
     * Reports a call that ended before telling whether Redis answers (a failure of RedWeave's own code): a probe
     * in flight is given back, so the next call may probe at once; otherwise nothing changes.
     */
    public void onInconclusive() {
        if (state.get() == State.HALF_OPEN) {
            openedAt.set(clock.getAsLong() - openNanos);
            state.compareAndSet(State.HALF_OPEN, State.OPEN);
        }
    }

    public State state() {
        return state.get();
    }

    @Override
    public String toString() {
        return "CircuitBreaker{" + state.get() + ", failures=" + consecutiveFailures.get() + "}";
    }
}
