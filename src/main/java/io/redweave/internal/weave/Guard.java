package io.redweave.internal.weave;

import io.redweave.RedWeaveException;
import io.redweave.RedisAuthenticationException;
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
 * not found) pass through unchanged. While the breaker is open, {@code FAIL_CLOSED} throws an exception of the kind
 * of the last failure (a {@link RedisAuthenticationException} when Redis refused the credentials), with that failure
 * as its cause, so the reason stays visible.
 */
final class Guard {
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private final CircuitBreaker breaker;
    private final String endpoint;
    private volatile RedWeaveException lastFailure;

    Guard(CircuitBreaker breaker, String endpoint) {
        this.breaker = breaker;
        this.endpoint = endpoint;
    }

    /**
     * Runs {@code work}; on a Redis failure, returns {@code fallback.get()} or throws, as {@code policy} says.
     * {@code action} and {@code key} name the work in messages, which are built only when they are needed.
     */
    <T> T call(FailurePolicy policy, String action, String key, Supplier<T> work, Supplier<T> fallback) {
        if (!breaker.allowRequest()) {
            if (policy == FailurePolicy.FAIL_OPEN) {
                return fallback.get();
            }
            throw unavailable(action, key);
        }
        T result;
        try {
            result = work.get();
        } catch (RedWeaveException e) {
            if (!isRedisFailure(e)) {
                breaker.onSuccess();
                throw e;
            }
            return failed(policy, action, key, e, fallback);
        } catch (RuntimeException | Error e) {
            breaker.onInconclusive();
            throw e;
        }
        breaker.onSuccess();
        return result;
    }

    private <T> T failed(FailurePolicy policy, String action, String key, RedWeaveException e,
            Supplier<T> fallback) {
        boolean connection = RedisErrors.isConnectionFailure(e);
        if (connection) {
            lastFailure = e;
            CircuitBreaker.State before = breaker.state();
            breaker.onFailure();
            if (before != CircuitBreaker.State.OPEN && breaker.state() == CircuitBreaker.State.OPEN) {
                LOG.warn("Redis at {} is unreachable or refuses RedWeave ({}); circuit open, annotated calls take their"
                        + " failure policy", endpoint, e.getMessage());
            }
        } else {
            breaker.onSuccess();
        }
        if (policy == FailurePolicy.FAIL_CLOSED) {
            throw e;
        }
        LOG.debug("{} of '{}' failed, running without Redis (FAIL_OPEN): {}", action, key, e.getMessage());
        return fallback.get();
    }

    /** The exception of a FAIL_CLOSED call the open breaker did not let through: the kind of the last failure. */
    private RedisConnectionException unavailable(String action, String key) {
        RedWeaveException last = lastFailure;
        String message = "Redis at " + endpoint + " is unavailable (circuit open after repeated connection failures"
                + (last == null ? "" : "; the last: " + last.getMessage()) + "); " + action + " of '" + key + "'"
                + " was not attempted. It is retried automatically.";
        return last instanceof RedisAuthenticationException ? new RedisAuthenticationException(message, last)
                : new RedisConnectionException(message, last);
    }

    private static boolean isRedisFailure(RedWeaveException e) {
        return e instanceof RedisConnectionException || e instanceof io.redweave.RedisOperationException;
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
