package io.redweave.benchmarks.services;

import io.redweave.annotation.Cached;

/**
 * The target of the dispatch benchmarks: the same trivial body with and without a RedWeave annotation. Its methods
 * return their argument, so nothing but the call itself is measured.
 */
public class DispatchTarget implements DispatchApi {

    /** Carries {@code @Cached}; the dispatch benchmarks hand it to a no-op interceptor, so nothing is cached. */
    @Override
    @Cached(key = "d:{id}", ttl = 60)
    public String annotated(String id) {
        return id;
    }

    /** Carries nothing; the dispatch benchmarks hand it to the interception core, whose plan for it is empty. */
    @Override
    public String emptyPlan(String id) {
        return id;
    }

    /** Carries nothing and is never woven: the direct call. */
    @Override
    public String plain(String id) {
        return id;
    }
}
