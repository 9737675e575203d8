package io.redweave.internal.bytebuddy;

/**
 * Implemented by every proxy that {@code RedWeave.proxy(target)} returns: gives the object the proxy delegates to.
 * Public only because generated classes in the users' packages implement it.
 */
public interface ProxyTarget {

    /** The object every call of this proxy is delegated to. */
    Object redweaveTarget();
}
