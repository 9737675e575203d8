package io.redweave.internal.weave;

import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.RateLimitAlgorithm;
import io.redweave.annotation.RateLimited;
import io.redweave.ratelimit.RateLimitResult;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.template.TemplateKind;
import java.lang.reflect.Method;
import java.time.Duration;

/** The {@link RateLimited} part of a method: one limiter call (one round trip) before the method runs. */
final class RateLimitStep {
    private final KeySource key;
    private final RateLimitAlgorithm algorithm;
    private final long limit;
    private final Duration window;
    private final long permits;
    private final FailurePolicy policy;

    private RateLimitStep(KeySource key, RateLimited limited, Duration window) {
        this.key = key;
        this.algorithm = limited.algorithm();
        this.limit = limited.limit();
        this.window = window;
        this.permits = limited.permits();
        this.policy = limited.onFailure();
    }

    static RateLimitStep of(RateLimited limited, Method method) {
        require(limited.limit() > 0, "limit", limited.limit(), "it must be positive", method);
        require(limited.window() > 0, "window", limited.window(), "it must be positive", method);
        require(limited.permits() > 0, "permits", limited.permits(), "it must be positive", method);
        require(limited.permits() <= limited.limit(), "permits", limited.permits(),
                "it must not exceed limit = " + limited.limit(), method);
        KeySource key = limited.key().isEmpty() ? KeySource.method(method)
                : KeySource.template(limited.key(), TemplateKind.KEY, method);
        return new RateLimitStep(key, limited, Duration.of(limited.window(), limited.unit().toChronoUnit()));
    }

    /** Checks the limit; throws {@link io.redweave.RateLimitExceededException} when the call is denied. */
    void apply(Object[] args, RateLimiter limiter, Guard guard) {
        String limitKey = key.render(args);
        guard.call(policy, "rate limit check", limitKey,
                () -> check(limiter, limitKey).orThrow(limitKey), () -> null);
    }

    private RateLimitResult check(RateLimiter limiter, String limitKey) {
        switch (algorithm) {
            case FIXED_WINDOW:
                return limiter.fixedWindow(limitKey, limit, window, permits);
            case TOKEN_BUCKET:
                return limiter.tokenBucket(limitKey, limit, limit * 1_000.0 / window.toMillis(), permits);
            case GCRA:
                return limiter.gcra(limitKey, limit, window, limit, permits);
            default:
                return limiter.slidingWindow(limitKey, limit, window, permits);
        }
    }

    private static void require(boolean ok, String name, long value, String rule, Method method) {
        if (!ok) {
            throw new IllegalArgumentException("@RateLimited(" + name + " = " + value + ") on " + method
                    + " is invalid: " + rule);
        }
    }
}
