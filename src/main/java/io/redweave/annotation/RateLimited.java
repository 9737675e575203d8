package io.redweave.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Limits how often a method runs, across every instance of the service: before the method runs, the limit is
 * checked in Redis (one round trip); when it is exhausted the call throws
 * {@link io.redweave.RateLimitExceededException} carrying {@code retryAfter}.
 *
 * <pre>{@code
 * @RateLimited(key = "api:{userId}", limit = 100, window = 60)
 * public Page search(String userId, String query) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The key template of the limit, such as {@code "api:{userId}"}. Empty (the default): one limit for the method. */
    String key() default "";

    /** How many permits the window holds; must be positive. */
    long limit();

    /** The window's length in {@link #unit()}; must be positive. */
    long window();

    /** The unit of {@link #window()}. Default seconds. */
    TimeUnit unit() default TimeUnit.SECONDS;

    /** The algorithm. Default {@link RateLimitAlgorithm#SLIDING_WINDOW}. */
    RateLimitAlgorithm algorithm() default RateLimitAlgorithm.SLIDING_WINDOW;

    /** The cost of one call; positive and at most {@link #limit()}. Default 1. */
    long permits() default 1;

    /** What to do when Redis is unreachable. Default {@link FailurePolicy#FAIL_OPEN}: run the method unlimited. */
    FailurePolicy onFailure() default FailurePolicy.FAIL_OPEN;
}
