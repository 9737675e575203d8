package io.redweave.aspectj;

import io.redweave.weave.Invocation;
import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;

/** One call of an advised method: an AspectJ join point seen as an {@link Invocation}. */
final class JoinPointInvocation implements Invocation {
    private final ProceedingJoinPoint joinPoint;
    private final Method method;
    private final Object[] arguments;

    JoinPointInvocation(ProceedingJoinPoint joinPoint, Method method) {
        this.joinPoint = joinPoint;
        this.method = method;
        this.arguments = joinPoint.getArgs();
    }

    @Override
    public Method method() {
        return method;
    }

    @Override
    public Object target() {
        return joinPoint.getTarget();
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }

    @Override
    public Object proceed() throws Throwable {
        return joinPoint.proceed();
    }
}
