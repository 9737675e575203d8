package io.redweave.internal.bytebuddy;

import io.redweave.weave.Invocation;
import java.lang.reflect.Method;

/** A call of an intercepted method of a proxy: proceeding runs the method on the proxy's target. */
final class ProxiedCall implements Invocation {
    private final Method method;
    private final Object target;
    private final Object[] arguments;
    private final Forwarder forwarder;

    ProxiedCall(Method method, Object target, Object[] arguments, Forwarder forwarder) {
        this.method = method;
        this.target = target;
        this.arguments = arguments;
        this.forwarder = forwarder;
    }

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
    public Object proceed() {
        return forwarder.to(target);
    }
}
