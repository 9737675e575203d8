package io.redweave.examples.spring;

import io.redweave.weave.Interceptor;
import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

// region spring-adapter
/** Spring AOP advice that hands a method call to RedWeave: a {@link MethodInvocation} seen as an {@link Invocation}. */
final class SpringInterceptorAdapter implements MethodInterceptor {
    private final Supplier<Interceptor> interceptor;
    private volatile Interceptor resolved;

    SpringInterceptorAdapter(Supplier<Interceptor> interceptor) {
        this.interceptor = interceptor;
    }

    private Interceptor interceptor() {
        Interceptor current = resolved;
        if (current == null) {
            current = interceptor.get();
            resolved = current;
        }
        return current;
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        return interceptor().invoke(new Invocation() {
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
// endregion spring-adapter
