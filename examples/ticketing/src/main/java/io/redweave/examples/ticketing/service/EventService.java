package io.redweave.examples.ticketing.service;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.catalog.Event;
import io.redweave.examples.ticketing.catalog.EventUpdate;
import java.util.List;

/**
 * Events, read through the Redis cache and updated with invalidation.
 *
 * <p>Its annotations act once the class is woven: create it with
 * {@code redweave.enhance(EventService.class).getConstructor(Catalog.class).newInstance(catalog)}. Reads are
 * {@code FAIL_OPEN} (the default): when Redis is down they go to the catalog.
 */
public class EventService {
    /** How long an event stays cached, in seconds. */
    public static final int CACHE_SECONDS = 60;

    private final Catalog catalog;

    /** Events of {@code catalog}. */
    public EventService(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * One event, cached under {@code ticketing:cache:event:<eventId>}: a hit costs one {@code GET}, a miss one
     * catalog query. An unknown event is not cached (the exception reaches the caller).
     */
    @Cached(key = "event:{eventId}", ttl = CACHE_SECONDS)
    public Event event(String eventId) {
        return catalog.event(eventId);
    }

    /** Every event, soonest first, cached under {@code ticketing:cache:events:all}. */
    @Cached(key = "events:all", ttl = CACHE_SECONDS)
    public List<Event> events() {
        return catalog.events();
    }

    /**
     * Changes an event; once it is changed, its cached copy (one key, no scan) and every cached list of events
     * (a pattern, by {@code SCAN}) are deleted, so the next read loads the new value.
     */
    @InvalidateCache(pattern = "event:{eventId}")
    @InvalidateCache(pattern = "events:*")
    public Event update(String eventId, EventUpdate update) {
        return catalog.updateEvent(eventId, update);
    }
}
