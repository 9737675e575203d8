package io.redweave.docs.annotations;

import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import io.redweave.annotation.SessionScoped;
import io.redweave.session.SessionContext;
import java.util.concurrent.atomic.AtomicInteger;

/** Annotations stacked on one method: the example of the stacking order. */
public class Checkout {
    private final AtomicInteger runs = new AtomicInteger();

    // example: stacked-annotations
    @SessionScoped(id = "{sessionId}")                                   // 1. a live session, or no call at all
    @RateLimited(key = "quote:{sessionId}", limit = 10, window = 60)    // 2. counted even when 3 is a hit
    @Cached(key = "quote:{sessionId}:{eventId}", ttl = 30)              // 3. a hit returns here
    public String quote(String sessionId, String eventId) {             // 4. the method
        runs.incrementAndGet();
        return SessionContext.current().userId() + ": 2 x " + eventId + " = 90.00 EUR";
    }
    // end

    /** How many times the method body ran. */
    public int runs() {
        return runs.get();
    }
}
