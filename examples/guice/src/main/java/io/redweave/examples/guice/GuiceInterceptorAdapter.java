package io.redweave.examples.guice;

import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

// region guice-adapter
/** A Guice method interceptor that hands a call to RedWeave: a {@link MethodInvocation} seen as an {@link Invocation}. */
final class GuiceInterceptorAdapter implements MethodInterceptor {
    private final Interceptor interceptor;

    GuiceInterceptorAdapter(Interceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        return interceptor.invoke(new Invocation() {
            @Override
            public Method method() {
                return call.getMethod();
            }

            @Override
            public Object target() {
                return call.getThis();
            }

            @Override
            public Object[] arguments() {
                return call.getArguments();
            }

            @Override
            public Object proceed() throws Throwable {
                return call.proceed();
            }
        });
    }
}
// endregion guice-adapter
