package io.redweave.internal.bytebuddy;

/**
 * Runs the intercepted method on another object with the call's own arguments: generated for each proxied method
 * (Byte Buddy's {@code @Pipe}), so a proxy reaches its target without reflection. Public only because generated
 * classes in the users' packages implement it.
 */
public interface Forwarder {

    /** Calls the intercepted method on {@code target} and returns its result; its exceptions pass unchanged. */
    Object to(Object target);
}
