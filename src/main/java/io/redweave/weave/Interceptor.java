package io.redweave.weave;

/**
 * The weaving-neutral interception core: turns one call of an annotated method into session, rate-limit, cache
 * and invalidation work, in the documented order, and returns what the caller gets.
 *
 * <p>Adapters stay thin: they build an {@link Invocation} and call {@link #invoke}. Obtain the interceptor from
 * {@code RedWeave.interceptor()}. Thread-safe.
 */
public interface Interceptor {

    /**
     * Handles one call. Exceptions of the method itself reach the caller unchanged; RedWeave's own failures follow
     * each annotation's {@link io.redweave.annotation.FailurePolicy}.
     */
    Object invoke(Invocation invocation) throws Throwable;

    /** Whether {@code method} (called on an instance of {@code targetClass}) carries any RedWeave annotation. */
    boolean intercepts(java.lang.reflect.Method method, Class<?> targetClass);
}
