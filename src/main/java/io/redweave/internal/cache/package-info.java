/**
 * The Jedis implementation of {@link io.redweave.cache.CacheManager}: key layout, reads that treat malformed
 * payloads as misses, single-flight and leased loading for {@code getOrFetch}, and per-slot bulk writes.
 */
package io.redweave.internal.cache;
