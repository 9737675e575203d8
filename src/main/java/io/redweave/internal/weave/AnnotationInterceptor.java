package io.redweave.internal.weave;

import io.redweave.cache.CacheManager;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.session.SessionContext;
import io.redweave.session.SessionData;
import io.redweave.session.SessionManager;
import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The interception core: runs a method's plan in the documented order, outermost first: {@code @SessionScoped},
 * {@code @RateLimited}, {@code @InvalidateCache(beforeInvocation = true)}, {@code @Cached}, the method,
 * {@code @InvalidateCache}. A cache hit still counts against the rate limit.
 *
 * <p>Plans are computed once per method and target class; the lookup on a call is two hash lookups without
 * allocation. Methods without RedWeave annotations cost one lookup and a direct call.
 */
public final class AnnotationInterceptor implements Interceptor, AutoCloseable {
    private final CacheManager cache;
    private final RateLimiter limiter;
    private final SessionManager sessions;
    private final Guard guard;
    private final InvalidationRetrier retrier;
    private final Executor writer = ForkJoinPool.commonPool();
    private final ClassValue<Map<Method, MethodPlan>> plans = new ClassValue<>() {
        @Override
        protected Map<Method, MethodPlan> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    public AnnotationInterceptor(CacheManager cache, RateLimiter limiter, SessionManager sessions,
            CircuitBreaker breaker, String endpoint) {
        this.cache = cache;
        this.limiter = limiter;
        this.sessions = sessions;
        this.guard = new Guard(breaker, endpoint);
        this.retrier = new InvalidationRetrier(cache);
    }

    @Override
    public Object invoke(Invocation invocation) throws Throwable {
        Object target = invocation.target();
        MethodPlan plan = plan(invocation.method(), target == null ? null : target.getClass());
        if (plan.isEmpty()) {
            return invocation.proceed();
        }
        Object[] args = invocation.arguments();
        if (plan.session == null) {
            return limitedCall(plan, invocation, args);
        }
        Optional<SessionData> session = plan.session.apply(args, sessions, guard);
        if (session.isEmpty()) {
            return limitedCall(plan, invocation, args);
        }
        SessionContext.Binding binding = SessionContext.bind(session.get());
        try {
            return limitedCall(plan, invocation, args);
        } finally {
            binding.close();
        }
    }

    @Override
    public boolean intercepts(Method method, Class<?> targetClass) {
        return !plan(method, targetClass).isEmpty();
    }

    /**
     * The plan of a method, computed on first use.
     *
     * @throws IllegalArgumentException or {@link io.redweave.InvalidKeyTemplateException} when its annotations are wrong
     */
    public void validate(Method method, Class<?> targetClass) {
        plan(method, targetClass);
    }

    /** How many invalidations wait for a background retry (for health checks and tests). */
    public int pendingInvalidations() {
        return retrier.pendingCount();
    }

    /** The endpoint's circuit breaker state, as text (for health checks and tests). */
    public String breakerState() {
        return guard.breaker().state().name();
    }

    private MethodPlan plan(Method method, Class<?> targetClass) {
        Map<Method, MethodPlan> byMethod = plans.get(targetClass == null ? method.getDeclaringClass() : targetClass);
        MethodPlan plan = byMethod.get(method);
        if (plan == null) {
            plan = byMethod.computeIfAbsent(method, m -> MethodPlan.of(m, targetClass));
        }
        return plan;
    }

    private Object limitedCall(MethodPlan plan, Invocation invocation, Object[] args) throws Throwable {
        if (plan.rateLimit != null) {
            plan.rateLimit.apply(args, limiter, guard);
        }
        if (plan.cache == null) {
            return invalidatingCall(plan, invocation, args);
        }
        if (plan.before.isEmpty() && plan.after.isEmpty()) {
            return plan.cache.apply(invocation, cache, guard, writer);
        }
        // @InvalidateCache sits inside @Cached: it runs only when the method itself runs, never on a cache hit.
        return plan.cache.apply(new Inner(invocation, () -> invalidatingCall(plan, invocation, args)), cache, guard,
                writer);
    }

    /** The method with its invalidations around it: before it, and after it returns normally. */
    private Object invalidatingCall(MethodPlan plan, Invocation invocation, Object[] args) throws Throwable {
        invalidate(plan.before, args);
        Object result = invocation.proceed();
        if (!plan.after.isEmpty()) {
            if (result instanceof CompletionStage<?>) {
                ((CompletionStage<?>) result).whenComplete((value, failure) -> {
                    if (failure == null) {
                        writer.execute(() -> invalidate(plan.after, args));
                    }
                });
            } else {
                invalidate(plan.after, args);
            }
        }
        return result;
    }

    /** An invocation whose {@code proceed()} runs something else: the method wrapped in its invalidations. */
    private static final class Inner implements Invocation {
        private final Invocation outer;
        private final Body body;

        Inner(Invocation outer, Body body) {
            this.outer = outer;
            this.body = body;
        }

        @Override
        public Method method() {
            return outer.method();
        }

        @Override
        public Object target() {
            return outer.target();
        }

        @Override
        public Object[] arguments() {
            return outer.arguments();
        }

        @Override
        public Object proceed() throws Throwable {
            return body.run();
        }
    }

    /** A call that may throw anything, like the method itself. */
    @FunctionalInterface
    private interface Body {
        Object run() throws Throwable;
    }

    private void invalidate(List<InvalidationStep> steps, Object[] args) {
        for (InvalidationStep step : steps) {
            step.apply(args, cache, guard, retrier);
        }
    }

    @Override
    public void close() {
        retrier.close();
    }
}
