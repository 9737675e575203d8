package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.codec.TypeRef;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/cache.md}, run against a real Redis: each block between {@code // example: name}
 * and {@code // end} is the text of the doc's block after {@code <!-- example: name -->}, which
 * {@link CacheDocsTest} checks.
 */
@RedisTest
class CacheExamplesTest {
    private final RedisServer server;
    private RedWeave redweave;
    private CacheManager cache;
    private final Events events = new Events();

    CacheExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        cache = CacheContract.cacheOf(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void setAndGet() {
        Event event = Event.of("42");
        // example: set-get
        cache.set("event:42", event, Duration.ofMinutes(5));           // SET cache:event:42 <json> PX 300000
        Optional<Event> cached = cache.get("event:42", Event.class);
        List<Event> today = cache.get("events:today", new TypeRef<List<Event>>() { }).orElse(List.of());
        // end
        assertThat(cached).contains(event);
        assertThat(today).isEmpty();
        assertThat(redweave.client().exists("cache:event:42")).isTrue();
    }

    @Test
    void getOrFetch() {
        String id = "42";
        // example: get-or-fetch
        Event event = cache.getOrFetch("event:" + id, Event.class, () -> events.find(id), Duration.ofMinutes(5));
        // end
        assertThat(event).isEqualTo(Event.of("42"));
        assertThat(cache.getOrFetch("event:" + id, Event.class, () -> events.find(id), Duration.ofMinutes(5)))
                .isEqualTo(event);
        assertThat(events.calls).hasValue(1);
    }

    @Test
    void getOrFetchWithOptions() {
        String unknownId = "404";
        // example: fetch-options
        FetchOptions options = FetchOptions.of(Duration.ofMinutes(5))
                .cacheNulls(Duration.ofSeconds(30))        // remember "no such event" for 30 s
                .jitter(0.1)                               // TTLs spread over [4.5 min, 5 min]
                .leaseTime(Duration.ofSeconds(10))         // longer than the slowest load
                .maxWait(Duration.ofSeconds(2));           // then load here rather than wait longer
        Event missing = cache.getOrFetch("event:" + unknownId, Event.class, () -> events.find(unknownId), options);
        Optional<CacheEntry<Event>> entry = cache.lookup("event:" + unknownId, Event.class);
        boolean cachedNull = entry.isPresent() && entry.get().isNull();  // true: a cached null, not a miss
        // end
        assertThat(missing).isNull();
        assertThat(cachedNull).isTrue();
        assertThat(cache.getOrFetch("event:" + unknownId, Event.class, () -> events.find(unknownId), options))
                .isNull();
        assertThat(events.calls).hasValue(1);
    }

    @Test
    void bulk() {
        Event first = Event.of("1");
        Event second = Event.of("2");
        // example: bulk
        cache.mset(Map.of("event:1", first, "event:2", second), Duration.ofMinutes(5));
        List<Optional<Event>> found = cache.mget(List.of("event:1", "event:2", "event:3"), Event.class);
        // end
        assertThat(found).containsExactly(Optional.of(first), Optional.of(second), Optional.empty());
    }

    @Test
    void hash() {
        // example: hash
        cache.setHash("venue:7", new Venue("7", "Arena", 20_000, List.of("indoor")), Duration.ofHours(1));
        Optional<Venue> venue = cache.getHash("venue:7", Venue.class);
        // end
        assertThat(venue).contains(new Venue("7", "Arena", 20_000, List.of("indoor")));
    }

    @Test
    void counter() {
        // example: counter
        long views = cache.increment("views:event:42", 1, Duration.ofHours(24));  // TTL set when created
        // end
        assertThat(views).isEqualTo(1);
        assertThat(cache.ttl("views:event:42")).hasValueSatisfying(ttl -> assertThat(ttl).isPositive());
    }

    @Test
    void invalidation() {
        cache.set("event:1", "e", Duration.ofMinutes(5));
        cache.set("venue:1", "v", Duration.ofMinutes(5));
        redweave.client().set("session:abc", "kept");
        // example: invalidate
        long removed = cache.invalidate("event:*");   // SCAN + UNLINK of cache:event:*, never outside cache:
        long cleared = cache.clear();                 // every cache:* key; sessions, rate limits stay
        // end
        assertThat(removed).isEqualTo(1);
        assertThat(cleared).isEqualTo(1);
        assertThat(redweave.client().get("session:abc")).isEqualTo("kept");
    }

    /** A stand-in for a repository: counts its calls, finds every id but 404. */
    static final class Events {
        final AtomicInteger calls = new AtomicInteger();

        Event find(String id) {
            calls.incrementAndGet();
            return "404".equals(id) ? null : Event.of(id);
        }
    }
}
