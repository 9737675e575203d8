package io.redweave.docs.start;

// example: start-service
import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Events from a slow database: each cached for 5 minutes; at most 5 searches a minute per user. */
public class EventCatalog {
    private final AtomicInteger databaseReads = new AtomicInteger();

    @Cached(key = "event:{id}", ttl = 300)
    public Event event(String id) {
        databaseReads.incrementAndGet();                      // stands for a slow database query
        return new Event(id, "Opening night", 1200);
    }

    @RateLimited(key = "search:{userId}", limit = 5, window = 60)
    public List<Event> search(String userId, String text) {
        return List.of(event("42"));
    }

    public int databaseReads() {
        return databaseReads.get();
    }
}
// end
