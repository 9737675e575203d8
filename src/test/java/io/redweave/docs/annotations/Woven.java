package io.redweave.docs.annotations;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.internal.weave.AnnotationInterceptor;
import io.redweave.test.RedisServer;

/** What the annotation examples share: an instance per test against the class's server, and woven services. */
final class Woven {

    private Woven() {
    }

    /** A fresh instance against an empty {@code server}. */
    static RedWeave redweave(RedisServer server) {
        server.flushAll();
        return RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    /** An instance of {@code type} woven by {@code redweave} (Byte Buddy subclass). */
    static <T> T woven(RedWeave redweave, Class<T> type) {
        try {
            return redweave.enhance(type).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The interception core of {@code redweave}, for the state the pages describe (breaker, retries). */
    static AnnotationInterceptor core(RedWeave redweave) {
        return (AnnotationInterceptor) redweave.interceptor();
    }
}
