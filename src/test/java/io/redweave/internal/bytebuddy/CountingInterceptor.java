package io.redweave.internal.bytebuddy;

import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An interceptor that records the methods handed to it, then lets a real one do the work. */
final class CountingInterceptor implements Interceptor {
    final List<Method> invoked = new CopyOnWriteArrayList<>();
    private final Interceptor delegate;

    CountingInterceptor(Interceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object invoke(Invocation invocation) throws Throwable {
        invoked.add(invocation.method());
        return delegate.invoke(invocation);
    }

    @Override
    public boolean intercepts(Method method, Class<?> targetClass) {
        return delegate.intercepts(method, targetClass);
    }
}
