package io.redweave.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Caches a method's result in Redis (cache-aside): on a hit the method does not run; on a miss it runs once per
 * key across every instance, and its result is stored for {@link #ttl()}.
 *
 * <pre>{@code
 * @Cached(key = "user:{id}", ttl = 300)
 * public User findUser(String id) { ... }
 * }</pre>
 *
 * <p>The value is stored as JSON and decoded to the method's generic return type ({@code List<User>},
 * {@code Map<String, Event>} …). {@code Optional<T>} caches the inner value; {@code CompletableFuture<T>} and
 * {@code CompletionStage<T>} cache the completed value and return a completed future on a hit. Exceptions are
 * never cached. {@code void} methods are rejected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cached {

    /**
     * The key template, such as {@code "user:{id}"} or {@code "order:{order.customer.id}"} (see the key-template
     * guide). Empty (the default) means the method's qualified name plus every argument.
     */
    String key() default "";

    /** How long a value stays cached, in {@link #unit()}; must be positive. Default 300. */
    long ttl() default 300;

    /** The unit of {@link #ttl()} and {@link #nullTtl()}. Default seconds. */
    TimeUnit unit() default TimeUnit.SECONDS;

    /** Whether a {@code null} (or empty {@code Optional}) result is cached too. Default false. */
    boolean cacheNulls() default false;

    /** How long a cached {@code null} stays, in {@link #unit()}; must be positive. Default 30. */
    long nullTtl() default 30;

    /** What to do when Redis is unreachable. Default {@link FailurePolicy#FAIL_OPEN}: run the method. */
    FailurePolicy onFailure() default FailurePolicy.FAIL_OPEN;
}
