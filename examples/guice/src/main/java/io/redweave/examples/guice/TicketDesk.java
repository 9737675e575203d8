package io.redweave.examples.guice;

import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ticket desk built by Guice: events are cached, buying needs a session and is rate limited per session.
 */
@Singleton
public class TicketDesk {
    private final AtomicInteger lookups = new AtomicInteger();

    /** The title of an event, cached for a minute. */
    @Cached(key = "event:{eventId}", ttl = 60)
    public String event(String eventId) {
        lookups.incrementAndGet();
        return "Event " + eventId;
    }

    /** Buys a ticket for the session's user; one purchase per session and minute. */
    @SessionScoped(id = "{sessionId}")
    @RateLimited(key = "buy:{sessionId}", limit = 1, window = 60)
    public String buy(String sessionId, String eventId) {
        return SessionContext.current().userId() + " bought a ticket for " + event(eventId);
    }

    /** How many times an event was really looked up. */
    public int lookups() {
        return lookups.get();
    }
}
