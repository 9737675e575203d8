package io.redweave.aspectj;

import io.redweave.RedWeave;
import io.redweave.weave.Interceptor;
import java.lang.reflect.Method;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Pointcut;
import org.aspectj.lang.annotation.SuppressAjWarnings;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * The AspectJ aspect that applies {@code @Cached}, {@code @RateLimited}, {@code @InvalidateCache} and
 * {@code @SessionScoped} to the methods that carry them, woven at compile time (ajc with {@code redweave-core} as
 * an aspect library) or at load time ({@code -javaagent:aspectjweaver.jar}, declared in the jar's
 * {@code META-INF/aop.xml}). It finds its {@link RedWeave} through {@link RedWeave#get()}: call
 * {@link RedWeave#initialize(io.redweave.RedisConfig)} at start-up.
 *
 * <p>It advises method <em>executions</em>, so only the annotated classes need weaving, calls from inside the same
 * object are intercepted too, and annotations must be on the class's own methods (annotations on interface methods
 * are not inherited by Java, and AspectJ does not see them there). A type annotated with {@code @SessionScoped}
 * scopes its public methods.
 *
 * <p>Implementation notes: the advice only adapts the join point to an {@link io.redweave.weave.Invocation} and
 * hands it to the interception core. The {@link Method} comes from the join point's static part, whose signature
 * looks it up once and keeps it; the core keeps each method's plan. Per call there is the join point AspectJ
 * makes, one copy of the arguments and one small adapter.
 */
@Aspect
public class RedWeaveAspect {
    private static volatile RedWeave current;

    /** Creates the aspect; AspectJ makes the one instance (it is a singleton aspect). */
    public RedWeaveAspect() {
        // the aspect has no state of its own
    }

    /** Executions of methods that carry at least one RedWeave annotation. */
    @Pointcut("execution(* *(..)) && (@annotation(io.redweave.annotation.Cached)"
            + " || @annotation(io.redweave.annotation.RateLimited)"
            + " || @annotation(io.redweave.annotation.InvalidateCache)"
            + " || @annotation(io.redweave.annotation.InvalidateCache.List)"
            + " || @annotation(io.redweave.annotation.SessionScoped))")
    void annotatedMethod() {
        // pointcut
    }

    /** Executions of public methods declared in a type annotated with {@code @SessionScoped}. */
    @Pointcut("execution(public * (@io.redweave.annotation.SessionScoped *).*(..))")
    void sessionScopedType() {
        // pointcut
    }

    /** Hands one call of an annotated method to the interception core of the process-wide {@link RedWeave}. */
    @SuppressAjWarnings("adviceDidNotMatch") // nothing in core itself is advised
    @Around("(annotatedMethod() || sessionScopedType()) && !within(io.redweave.aspectj..*)")
    public Object intercept(ProceedingJoinPoint joinPoint) throws Throwable {
        Method method = ((MethodSignature) joinPoint.getStaticPart().getSignature()).getMethod();
        return interceptor().invoke(new JoinPointInvocation(joinPoint, method));
    }

    /**
     * The default instance's interceptor. The instance is remembered until it is closed, so a call does not take
     * {@link RedWeave#get()}'s lock; after {@link RedWeave#shutdown()} and a new {@code initialize}, the new one is used.
     */
    private static Interceptor interceptor() {
        RedWeave redweave = current;
        if (redweave == null || redweave.isClosed()) {
            redweave = RedWeave.get();
            current = redweave;
        }
        return redweave.interceptor();
    }
}
