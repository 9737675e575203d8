package io.redweave.reliability;

import io.redweave.RedWeave;

/**
 * Weaves the services of the fault and security tests, in one place: a Byte Buddy proxy made by
 * {@link RedWeave#proxy(Object)}, whose annotated methods go through the instance's interception core.
 */
public final class Weaving {

    private Weaving() {
    }

    /** {@code target} behind {@code type}, its annotated methods intercepted by {@code redweave}. */
    public static <T> T weave(RedWeave redweave, Class<T> type, T target) {
        return type.cast(redweave.proxy(target));
    }
}
