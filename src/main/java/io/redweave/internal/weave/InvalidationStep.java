package io.redweave.internal.weave;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.annotation.FailurePolicy;
import io.redweave.annotation.InvalidateCache;
import io.redweave.cache.CacheManager;
import io.redweave.template.Globs;
import io.redweave.template.TemplateKind;
import java.lang.reflect.Method;

/**
 * One {@link InvalidateCache} of a method: a pattern without glob characters deletes exactly one key; with them,
 * the cache's {@code SCAN} + {@code UNLINK}. Argument values are encoded, so they can never widen the pattern.
 * A failure is handed to the {@link InvalidationRetrier}.
 */
final class InvalidationStep {
    private final KeySource pattern;
    private final boolean before;
    private final FailurePolicy policy;

    private InvalidationStep(KeySource pattern, InvalidateCache annotation) {
        this.pattern = pattern;
        this.before = annotation.beforeInvocation();
        this.policy = annotation.onFailure();
    }

    static InvalidationStep of(InvalidateCache annotation, Method method) {
        return new InvalidationStep(KeySource.template(annotation.pattern(), TemplateKind.PATTERN, method),
                annotation);
    }

    boolean before() {
        return before;
    }

    void apply(Object[] args, CacheManager cache, Guard guard, InvalidationRetrier retrier) {
        String rendered = pattern.render(args);
        try {
            guard.call(policy, "cache invalidation", rendered, () -> {
                invalidate(cache, rendered);
                return null;
            }, () -> {
                retrier.retry(rendered);
                return null;
            });
        } catch (RedisConnectionException | RedisOperationException e) {
            retrier.retry(rendered);
            throw e;
        }
    }

    /** Deletes what {@code rendered} names: one key, or every key the glob matches. */
    static void invalidate(CacheManager cache, String rendered) {
        if (Globs.hasGlob(rendered)) {
            cache.invalidate(rendered);
        } else {
            cache.delete(Globs.exactKey(rendered));
        }
    }
}
