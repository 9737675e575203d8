package io.redweave.internal.weave;

import io.redweave.RedWeaveException;
import io.redweave.RedisConnectionException;
import io.redweave.annotation.FailurePolicy;
import io.redweave.internal.RedisErrors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Redis part of an annotation under its {@link FailurePolicy} and the endpoint's {@link CircuitBreaker}.
 *
 * <p>When Redis cannot be reached (or the breaker is open, so it is not even tried), {@code FAIL_OPEN} takes the
 * fallback and {@code FAIL_CLOSED} throws a {@link RedisConnectionException}. Other Redis errors (a refused
 * command) do not count against the endpoint: {@code FAIL_OPEN} logs them and takes the fallback,
 * {@code FAIL_CLOSED} rethrows them. Exceptions that are the caller's business (a rate limit exceeded, a session
 * not found) pass through unchanged.
 */
final class Guard {
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private final CircuitBreaker breaker;
    private final String endpoint;

    Guard(CircuitBreaker breaker, String endpoint) {
        this.breaker = breaker;
        this.endpoint = endpoint;
    }

    /** Runs {@code work}; on a Redis failure, returns {@code fallback.get()} or throws, as {@code policy} says. */
    <T> T call(FailurePolicy policy, String what, Supplier<T> work, Supplier<T> fallback) {
        if (!breaker.allowRequest()) {
            if (policy == FailurePolicy.FAIL_OPEN) {
                return fallback.get();
            }
            throw new RedisConnectionException("Redis at " + endpoint + " is unavailable (circuit open after repeated"
                    + " connection failures); " + what + " was not attempted. It is retried automatically.");
        }
        T result;
        try {
            result = work.get();
        } catch (RedWeaveException e) {
            if (!isRedisFailure(e)) {
                breaker.onSuccess();
                throw e;
            }
            return failed(policy, what, e, fallback);
        }
        breaker.onSuccess();
        return result;
    }

    private <T> T failed(FailurePolicy policy, String what, RedWeaveException e, Supplier<T> fallback) {
        boolean connection = RedisErrors.isConnectionFailure(e);
        if (connection) {
            CircuitBreaker.State before = breaker.state();
            breaker.onFailure();
            if (before != CircuitBreaker.State.OPEN && breaker.state() == CircuitBreaker.State.OPEN) {
                LOG.warn("Redis at {} is unreachable; circuit open, annotated calls take their failure policy", endpoint);
            }
        }
        if (policy == FailurePolicy.FAIL_CLOSED) {
            throw e;
        }
        LOG.debug("{} failed, running without Redis (FAIL_OPEN): {}", what, e.getMessage());
        return fallback.get();
    }

    private static boolean isRedisFailure(RedWeaveException e) {
        return e instanceof RedisConnectionException || e instanceof io.redweave.RedisOperationException;
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
