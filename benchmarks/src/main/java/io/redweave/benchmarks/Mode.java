package io.redweave.benchmarks;

import java.util.List;

/**
 * The two ways to run the benchmarks: {@code quick}, a smoke check of the headline comparisons in under three
 * minutes, and {@code full}, every benchmark with the settings of the reported numbers.
 *
 * @param name              {@code quick} or {@code full}
 * @param includes          regular expressions of the benchmarks to run
 * @param forks             forks per benchmark
 * @param warmupIterations  warm-up iterations per fork
 * @param warmupSeconds     length of a warm-up iteration
 * @param iterations        measured iterations per fork
 * @param iterationSeconds  length of a measured iteration
 * @param stampedeRounds    rounds of the stampede scenario
 * @param invalidationRounds selective rounds of the invalidation scenario
 */
record Mode(String name, List<String> includes, int forks, int warmupIterations, int warmupSeconds, int iterations,
        int iterationSeconds, int stampedeRounds, int invalidationRounds) {

    static final Mode QUICK = new Mode("quick", List.of(
            "CacheHitBench\\.(codecDecode|rawGetJackson|redweaveEnhancedHit|springRedisHit)$",
            "DispatchBench\\.(direct|byteBuddyEnhanceNoop|aspectjDirect|aspectjCoreEmptyPlan)$",
            "LocalPathBench\\.(springCacheableMapHit|redweaveEnhancedNoopStore)$",
            "RateLimitBench\\.(rawGet|redweaveTokenBucket|bucket4jTryConsume)$"),
            1, 1, 1, 2, 1, 2, 1);

    static final Mode FULL = new Mode("full", List.of(
            "io\\.redweave\\.benchmarks\\.(CacheHitBench|DispatchBench|LocalPathBench|RateLimitBench)\\."),
            2, 3, 2, 5, 2, 10, 3);

    static Mode named(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("Unknown mode '" + name + "': use quick or full");
        };
    }

    Mode withForks(int forks) {
        return new Mode(name, includes, forks, warmupIterations, warmupSeconds, iterations, iterationSeconds,
                stampedeRounds, invalidationRounds);
    }

    Mode withIncludes(List<String> only) {
        return new Mode(name, only, forks, warmupIterations, warmupSeconds, iterations, iterationSeconds,
                stampedeRounds, invalidationRounds);
    }
}
