package io.redweave.internal.cache;

import io.redweave.cache.CacheStats;
import java.util.concurrent.atomic.LongAdder;

/** The counters behind {@link CacheStats}: contention-free adders, read as one snapshot. */
final class CacheCounters {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder loads = new LongAdder();
    final LongAdder loadFailures = new LongAdder();
    final LongAdder malformed = new LongAdder();
    final LongAdder redisFailures = new LongAdder();

    CacheStats snapshot() {
        return new CacheStats(hits.sum(), misses.sum(), loads.sum(), loadFailures.sum(), malformed.sum(),
                redisFailures.sum());
    }
}
