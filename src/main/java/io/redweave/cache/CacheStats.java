package io.redweave.cache;

/**
 * A snapshot of one cache manager's counters since it was created.
 *
 * @param hits            reads ({@code get}, {@code lookup}, {@code mget}, {@code getOrFetch}) that found an entry
 * @param misses          reads that found none, including reads that failed because Redis could not answer and
 *                        entries that could not be decoded
 * @param loads           calls of a {@code getOrFetch} loader
 * @param loadFailures    loader calls that threw
 * @param malformed       entries that could not be decoded to the declared type, and were deleted
 * @param redisFailures   Redis failures that {@code getOrFetch} absorbed: a read, lease or write-back that failed
 *                        while the loader answered the caller
 */
public record CacheStats(long hits, long misses, long loads, long loadFailures, long malformed,
        long redisFailures) {

    /** The share of reads that were hits, from 0 to 1; 0 when nothing was read yet. */
    public double hitRate() {
        long reads = hits + misses;
        return reads == 0 ? 0 : (double) hits / reads;
    }
}
