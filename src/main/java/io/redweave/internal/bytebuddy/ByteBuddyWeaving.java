package io.redweave.internal.bytebuddy;

import io.redweave.weave.Interceptor;

/**
 * The entry points of Byte Buddy weaving, behind {@code RedWeave.proxy(target)} and {@code RedWeave.enhance(type)}.
 */
public final class ByteBuddyWeaving {

    private ByteBuddyWeaving() {
    }

    /**
     * An intercepting proxy of {@code target}: see {@code RedWeave.proxy}.
     *
     * @throws IllegalArgumentException when the target's class cannot be proxied or its annotations are invalid
     */
    @SuppressWarnings("unchecked")
    public static <T> T proxy(Interceptor interceptor, T target) {
        if (target == null) {
            throw new IllegalArgumentException("target must not be null: pass the object whose annotated methods the"
                    + " proxy should intercept");
        }
        if (target instanceof ProxyTarget) {
            throw WovenMethods.cannot("proxy", target.getClass(), "it is already a RedWeave proxy (of "
                    + ((ProxyTarget) target).redweaveTarget().getClass().getName() + "); a second proxy would run every"
                    + " annotation twice. Use it as it is");
        }
        ProxyClass proxyClass = ProxyClass.of(target.getClass(), interceptor);
        return (T) proxyClass.instantiate(new Dispatcher(interceptor), target);
    }

    /**
     * The enhanced subclass of {@code type}, bound to {@code interceptor}: see {@code RedWeave.enhance}.
     *
     * @throws IllegalArgumentException when {@code type} cannot be subclassed or its annotations are invalid
     */
    public static <T> Class<? extends T> enhance(Interceptor interceptor, Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null: pass the class to enhance");
        }
        return EnhancedClasses.enhance(interceptor, type);
    }
}
