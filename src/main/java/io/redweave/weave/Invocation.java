package io.redweave.weave;

import java.lang.reflect.Method;

/**
 * One call of an annotated method, as a weaving adapter (an AspectJ aspect, a Byte Buddy proxy, a Spring or Guice
 * interceptor) hands it to the {@link Interceptor}.
 */
public interface Invocation {

    /** The method called: the one the annotations are on, or the interface method it implements. */
    Method method();

    /** The object the method was called on; {@code null} for a static method. */
    Object target();

    /** The call's arguments; the interceptor never changes them. */
    Object[] arguments();

    /** Runs the method itself (or the next adapter in a chain) and returns its result. */
    Object proceed() throws Throwable;
}
