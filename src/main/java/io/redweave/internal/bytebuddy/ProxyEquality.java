package io.redweave.internal.bytebuddy;

import net.bytebuddy.implementation.bind.annotation.Argument;
import net.bytebuddy.implementation.bind.annotation.FieldValue;

/**
 * The {@code equals} of generated proxies: the target's {@code equals}, with another proxy replaced by its target,
 * so a proxy equals itself and proxies of equal targets are equal. Public only because generated classes call it.
 */
public final class ProxyEquality {

    private ProxyEquality() {
    }

    /** Whether the proxy whose target is {@code target} equals {@code other}. */
    public static boolean targetEquals(@FieldValue(ProxyClass.TARGET) Object target, @Argument(0) Object other) {
        Object unwrapped = other instanceof ProxyTarget ? ((ProxyTarget) other).redweaveTarget() : other;
        return target.equals(unwrapped);
    }
}
