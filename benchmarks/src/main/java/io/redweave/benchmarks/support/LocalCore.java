package io.redweave.benchmarks.support;

import io.redweave.cache.CacheManager;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.internal.weave.CircuitBreaker;
import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;

/**
 * RedWeave's real interception core ({@link AnnotationInterceptor}: plans, key templates, return shapes, the
 * guard) over an in-process store instead of Redis, for the Redis-free benchmarks. The rate limiter and the
 * sessions are absent: the benchmarked methods carry only {@code @Cached}.
 */
public final class LocalCore {

    private LocalCore() {
    }

    /** The core over {@code store}. */
    public static AnnotationInterceptor over(CacheManager store) {
        return new AnnotationInterceptor(store, null, null, CircuitBreaker.withDefaults(), "in-process store");
    }

    /**
     * The core, offered to the weaving for the methods named {@code methodName} whether or not they carry
     * annotations, so that a generated class hands a method with an empty plan to the core (the core then looks
     * the plan up and proceeds).
     */
    public static Interceptor offering(Interceptor core, String methodName) {
        return new Interceptor() {
            @Override
            public Object invoke(Invocation invocation) throws Throwable {
                return core.invoke(invocation);
            }

            @Override
            public boolean intercepts(Method method, Class<?> targetClass) {
                return method.getName().equals(methodName);
            }
        };
    }
}
