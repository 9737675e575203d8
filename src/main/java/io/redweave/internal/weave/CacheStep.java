package io.redweave.internal.weave;

import io.redweave.annotation.Cached;
import io.redweave.annotation.FailurePolicy;
import io.redweave.cache.CacheEntry;
import io.redweave.cache.CacheLoaderException;
import io.redweave.cache.CacheManager;
import io.redweave.cache.FetchOptions;
import io.redweave.weave.Invocation;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Cached} part of a method: a hit costs one {@code GET}; a miss goes through the cache's
 * {@code getOrFetch} (single flight in the process, a lease across processes); asynchronous results are cached when
 * they complete. Exceptions are never cached.
 */
final class CacheStep {
    private static final Logger LOG = LoggerFactory.getLogger(CacheStep.class);

    private final KeySource key;
    private final ReturnShape shape;
    private final FetchOptions options;
    private final FailurePolicy policy;

    private CacheStep(KeySource key, ReturnShape shape, FetchOptions options, FailurePolicy policy) {
        this.key = key;
        this.shape = shape;
        this.options = options;
        this.policy = policy;
    }

    static CacheStep of(Cached cached, java.lang.reflect.Method method) {
        if (method.getReturnType() == void.class) {
            throw new IllegalArgumentException("@Cached cannot be used on void method " + method
                    + ": there is no result to cache");
        }
        KeySource key = cached.key().isEmpty() ? KeySource.methodAndArguments(method)
                : KeySource.template(cached.key(), io.redweave.template.TemplateKind.KEY, method);
        FetchOptions options = FetchOptions.of(duration("ttl", cached.ttl(), cached, method));
        if (cached.cacheNulls()) {
            options = options.cacheNulls(duration("nullTtl", cached.nullTtl(), cached, method));
        }
        return new CacheStep(key, ReturnShape.of(method), options, cached.onFailure());
    }

    Object apply(Invocation invocation, CacheManager cache, Guard guard, Executor writer) throws Throwable {
        String cacheKey = key.render(invocation.arguments());
        Optional<Optional<CacheEntry<Object>>> looked = guard.call(policy, "cache lookup", cacheKey,
                () -> Optional.of(cache.<Object>lookup(cacheKey, shape.valueType())), Optional::empty);
        if (looked.isEmpty()) {
            return invocation.proceed();
        }
        Optional<CacheEntry<Object>> entry = looked.get();
        if (entry.isPresent()) {
            return shape.wrap(entry.get().value());
        }
        if (shape.isAsync()) {
            return loadAsync(invocation, cache, cacheKey, writer);
        }
        try {
            return shape.wrap(cache.getOrFetch(cacheKey, shape.valueType(), () -> load(invocation), options));
        } catch (CacheLoaderException e) {
            throw e.getCause();
        }
    }

    private Object load(Invocation invocation) throws Exception {
        try {
            return shape.unwrap(invocation.proceed());
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new UndeclaredThrowableException(t);
        }
    }

    private Object loadAsync(Invocation invocation, CacheManager cache, String cacheKey, Executor writer)
            throws Throwable {
        CompletionStage<?> stage = (CompletionStage<?>) invocation.proceed();
        if (stage == null) {
            return null;
        }
        stage.whenComplete((value, failure) -> {
            if (failure == null && (value != null || options.cacheNulls())) {
                Duration ttl = value == null ? options.nullTtl().orElseThrow() : options.ttl();
                writer.execute(() -> store(cache, cacheKey, value, ttl));
            }
        });
        return stage;
    }

    private static void store(CacheManager cache, String cacheKey, Object value, Duration ttl) {
        try {
            cache.set(cacheKey, value, ttl);
        } catch (RuntimeException e) {
            LOG.warn("Could not cache the completed value of '{}': {}", cacheKey, e.getMessage());
        }
    }

    private static Duration duration(String name, long amount, Cached cached, java.lang.reflect.Method method) {
        if (amount <= 0) {
            throw new IllegalArgumentException("@Cached(" + name + " = " + amount + ") on " + method
                    + " is invalid: it must be positive");
        }
        return Duration.of(amount, cached.unit().toChronoUnit());
    }
}
