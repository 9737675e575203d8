package io.redweave.internal.bytebuddy;

import io.redweave.weave.Interceptor;
import java.lang.reflect.Method;
import java.util.concurrent.Callable;
import net.bytebuddy.implementation.bind.annotation.AllArguments;
import net.bytebuddy.implementation.bind.annotation.FieldValue;
import net.bytebuddy.implementation.bind.annotation.Origin;
import net.bytebuddy.implementation.bind.annotation.Pipe;
import net.bytebuddy.implementation.bind.annotation.RuntimeType;
import net.bytebuddy.implementation.bind.annotation.SuperCall;
import net.bytebuddy.implementation.bind.annotation.This;

/**
 * Where the generated methods of proxies and enhanced subclasses hand a call to one RedWeave instance's
 * {@link Interceptor}. Public only because generated classes in the users' packages call it.
 *
 * <p>Implementation notes: the generated method passes its {@link Method} from a constant cached in the generated
 * class, the arguments, and a generated accessor for the original behaviour ({@code @SuperCall} for a subclass,
 * {@code @Pipe} for a proxy), so reaching the core costs a few small allocations and no reflective call.
 */
public final class Dispatcher {
    /** The name of the field of a generated proxy that holds its dispatcher. */
    static final String FIELD = "redweave$dispatcher";

    private final Interceptor interceptor;

    Dispatcher(Interceptor interceptor) {
        this.interceptor = interceptor;
    }

    /** A call of an intercepted method of an enhanced subclass; proceeding runs the superclass's method. */
    @RuntimeType
    public Object enhanced(@This Object self, @Origin Method method, @AllArguments Object[] arguments,
            @SuperCall(serializableProxy = false) Callable<?> body) throws Throwable {
        return interceptor.invoke(new SuperclassCall(method, self, arguments, body));
    }

    /** A call of an intercepted method of a proxy; proceeding runs the method on the proxy's target. */
    @RuntimeType
    public Object proxied(@FieldValue(ProxyClass.TARGET) Object target, @Origin Method method,
            @AllArguments Object[] arguments, @Pipe Forwarder forwarder) throws Throwable {
        return interceptor.invoke(new ProxiedCall(method, target, arguments, forwarder));
    }
}
