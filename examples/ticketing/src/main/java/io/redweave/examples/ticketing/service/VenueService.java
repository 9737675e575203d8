package io.redweave.examples.ticketing.service;

import io.redweave.cache.CacheManager;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.catalog.Venue;
import java.time.Duration;

/**
 * Venues, read through the Redis cache by hand, with {@link CacheManager#getOrFetch}: what {@code @Cached} does,
 * written out, for code that cannot carry an annotation.
 */
public final class VenueService {
    /** How long a venue stays cached. */
    public static final Duration CACHE_TTL = Duration.ofMinutes(10);

    private final Catalog catalog;
    private final CacheManager cache;

    /** Venues of {@code catalog}, cached in {@code cache}. */
    public VenueService(Catalog catalog, CacheManager cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    /**
     * One venue, cached under {@code ticketing:cache:venue:<venueId>}; concurrent misses load it once, and when
     * Redis is down the catalog answers.
     *
     * @throws io.redweave.examples.ticketing.catalog.NotFoundException when there is no such venue (not cached)
     */
    public Venue venue(String venueId) {
        return cache.getOrFetch("venue:" + venueId, Venue.class, () -> catalog.venue(venueId), CACHE_TTL);
    }
}
