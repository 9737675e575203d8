/**
 * The cache: {@link io.redweave.cache.CacheManager} stores typed values in Redis under RedWeave's cache key space
 * ({@code [namespace:]cache:<key>}), and {@link io.redweave.cache.CacheManager#getOrFetch getOrFetch} loads a
 * missing value once, however many callers and service instances miss it at the same time.
 *
 * <p>Obtain a manager from {@code redweave.cache()}. See {@code docs/cache.md} for the key layout, the exact
 * semantics of {@code getOrFetch} and examples.
 */
package io.redweave.cache;
