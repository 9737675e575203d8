package io.redweave.benchmarks.support;

import io.redweave.annotation.Cached;
import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;

/**
 * An interceptor that does nothing but proceed: given to Byte Buddy's weaving in place of the interception core, it
 * leaves exactly the adapter's cost (the generated method, the {@link Invocation} it builds, the dispatch to the
 * interceptor and the call of the original body).
 */
public final class NoopInterceptor implements Interceptor {

    @Override
    public Object invoke(Invocation invocation) throws Throwable {
        return invocation.proceed();
    }

    @Override
    public boolean intercepts(Method method, Class<?> targetClass) {
        return method.isAnnotationPresent(Cached.class);
    }
}
