package io.redweave.reliability;

import io.redweave.RedWeave;
import io.redweave.weave.Invocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Weaves the services of the fault and security tests: every call of the returned instance goes through
 * {@code redweave.interceptor()}, exactly as a weaving adapter hands it over.
 *
 * <p>Implementation note: a JDK proxy of the service's interface is the thinnest adapter there is, so these tests
 * exercise the interception core and the managers, not a weaving mode (the contract suite covers those).
 */
public final class Weaving {

    private Weaving() {
    }

    /** {@code target} behind {@code type}, its annotated methods intercepted by {@code redweave}. */
    public static <T> T weave(RedWeave redweave, Class<T> type, T target) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> redweave.interceptor().invoke(invocation(method, target, args)));
        return type.cast(proxy);
    }

    private static Invocation invocation(Method method, Object target, Object[] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        return new Invocation() {
            @Override
            public Method method() {
                return method;
            }

            @Override
            public Object target() {
                return target;
            }

            @Override
            public Object[] arguments() {
                return arguments;
            }

            @Override
            public Object proceed() throws Throwable {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
    }
}
