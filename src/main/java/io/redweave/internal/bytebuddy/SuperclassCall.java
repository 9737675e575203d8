package io.redweave.internal.bytebuddy;

import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;

/** A call of an intercepted method of an enhanced subclass: proceeding runs the superclass's method body. */
final class SuperclassCall implements Invocation {
    private final Method method;
    private final Object self;
    private final Object[] arguments;
    private final Callable<?> body;

    SuperclassCall(Method method, Object self, Object[] arguments, Callable<?> body) {
        this.method = method;
        this.self = self;
        this.arguments = arguments;
        this.body = body;
    }

    @Override
    public Method method() {
        return method;
    }

    @Override
    public Object target() {
        return self;
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }

    @Override
    public Object proceed() throws Exception {
        return body.call();
    }
}
