package io.redweave.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deletes cached entries after the method returns normally (or before it runs, with {@link #beforeInvocation()}).
 *
 * <pre>{@code
 * @InvalidateCache(pattern = "user:{id}")        // exactly one key, no scan
 * @InvalidateCache(pattern = "user:{id}:*")      // every key under it, by SCAN + UNLINK
 * public void updateUser(String id, User user) { ... }
 * }</pre>
 *
 * <p>Values from arguments are encoded, so an argument such as {@code "*"} can never widen the pattern. A failed
 * invalidation is retried in the background and logged; it is never silently lost. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(InvalidateCache.List.class)
public @interface InvalidateCache {

    /**
     * The pattern template, in the key space of {@link Cached} keys: glob characters ({@code *}, {@code ?},
     * {@code [...]}) in its literal text match many keys; without them it names exactly one key.
     */
    String pattern();

    /** Whether to invalidate before the method runs (and whatever its outcome). Default false: after it returns. */
    boolean beforeInvocation() default false;

    /** What to do when Redis is unreachable. Default {@link FailurePolicy#FAIL_OPEN}: run, retry in background. */
    FailurePolicy onFailure() default FailurePolicy.FAIL_OPEN;

    /** Holds several {@link InvalidateCache} annotations on one method. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        InvalidateCache[] value();
    }
}
