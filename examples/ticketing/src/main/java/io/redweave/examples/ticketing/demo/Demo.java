package io.redweave.examples.ticketing.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.TicketingApp;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.service.TicketService;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The demo: starts two service instances (A and B, each with its own RedWeave) on one Redis and one catalog,
 * drives them over HTTP with a scripted client, and prints what happened: cache misses then hits, an invalidation,
 * the session limit, a rate limit tripping, a pub/sub message reaching the other instance, and the health report.
 * Every step is also checked; the report ends with the outcome.
 */
public final class Demo {
    private static final int WARM_UP_ROUNDS = 25;

    private final Catalog catalog;
    private final TicketingApp a;
    private final TicketingApp b;
    private final ApiClient clientA;
    private final ApiClient clientB;
    private final Report report;

    private Demo(Catalog catalog, TicketingApp a, TicketingApp b, PrintStream out) {
        this.catalog = catalog;
        this.a = a;
        this.b = b;
        this.clientA = new ApiClient(a.uri());
        this.clientB = new ApiClient(b.uri());
        this.report = new Report(out);
    }

    /**
     * Runs the demo against the Redis at {@code redis} and prints the report to {@code out}. Keys left under
     * {@code ticketing:} by an earlier run are deleted first.
     *
     * @return whether every step behaved as expected
     */
    public static boolean run(RedisConfig redis, PrintStream out) {
        Catalog catalog = Catalog.sample();
        try (TicketingApp a = TicketingApp.start(redis, catalog, "A", 0);
             TicketingApp b = TicketingApp.start(redis, catalog, "B", 0)) {
            long cleared = a.redweave().scanner().scanAndDelete(TicketingApp.NAMESPACE + ":*");
            out.println("Ticketing service: instance A at " + a.uri() + ", instance B at " + b.uri()
                    + " (two RedWeave instances, one Redis, one catalog whose queries take "
                    + catalog.latency().toMillis() + " ms)");
            if (cleared > 0) {
                out.println("Deleted " + cleared + " keys under " + TicketingApp.NAMESPACE
                        + ": left by an earlier run");
            }
            return new Demo(catalog, a, b, out).script();
        }
    }

    private boolean script() {
        warmUp();
        caching();
        invalidation();
        List<String> sessions = sessionLimit();
        List<String> tickets = rateLimit(sessions.get(sessions.size() - 1));
        pubSub(tickets);
        health();
        return report.finish();
    }

    /** Loads and compiles the code paths first, so that the timings show Redis, not class loading and the JIT. */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            clientA.get("/events");
            clientB.get("/events");
            clientA.get("/venues/ven-3");
            clientA.get("/health");
        }
        report.line("(" + 4 * WARM_UP_ROUNDS + " warm-up requests first, so that the timings show Redis rather than"
                + " class loading and the JIT)");
    }

    private void caching() {
        report.section("1. Cache: @Cached(key = \"event:{eventId}\", ttl = 60) on EventService.event; venues with"
                + " CacheManager.getOrFetch");
        String key = a.redweave().keys().cacheEvent("evt-1");
        read("A", clientA, "/events/evt-1", catalog::eventLoads, true, reply -> "stored at " + key,
                "the first read of evt-1 is a miss");
        read("A", clientA, "/events/evt-1", catalog::eventLoads, false, reply -> "served from Redis",
                "the second read of evt-1 is a hit");
        read("B", clientB, "/events/evt-1", catalog::eventLoads, false, reply -> "cached by A, shared through Redis",
                "instance B hits the entry A cached");
        read("A", clientA, "/venues/ven-1", catalog::venueLoads, true, reply -> reply.field("name"),
                "the first read of ven-1 is a miss");
        read("A", clientA, "/venues/ven-1", catalog::venueLoads, false, reply -> reply.field("name"),
                "the second read of ven-1 is a hit");
    }

    private void invalidation() {
        report.section("2. Invalidation: @InvalidateCache(pattern = \"event:{eventId}\") on EventService.update");
        String key = a.redweave().keys().cacheEvent("evt-1");
        Reply put = clientA.put("/events/evt-1", "{\"price\": 55}");
        boolean deleted = !a.redweave().client().exists(key);
        report.request("A", "PUT", "/events/evt-1", put, "{\"price\": 55} -> price " + put.field("price") + "; "
                + key + (deleted ? " deleted" : " still there"));
        report.check(put.status() == 200 && deleted, "the update deletes the cached event");
        read("A", clientA, "/events/evt-1", catalog::eventLoads, true, reply -> "fresh load, price "
                + reply.field("price"), "the read after the update loads the new value");
        read("A", clientA, "/events/evt-1", catalog::eventLoads, false, reply -> "price " + reply.field("price"),
                "the next read is a hit again");
    }

    private List<String> sessionLimit() {
        report.section("3. Sessions: at most " + TicketingApp.SESSIONS.maxSessionsPerUser() + " per user, policy "
                + TicketingApp.SESSIONS.policy() + " (a third login ends the oldest session)");
        List<String> ids = new ArrayList<>();
        List<String> evictions = new ArrayList<>();
        for (ApiClient client : List.of(clientA, clientA, clientB)) {
            Reply login = client.post("/login", "{\"user\": \"ada\"}");
            JsonNode body = login.json();
            ids.add(body.path("sessionId").asText());
            body.path("evicted").forEach(id -> evictions.add(id.asText()));
            String evicted = body.path("evicted").isEmpty() ? ""
                    : ", evicted " + shortId(body.path("evicted").get(0).asText()) + " (the oldest)";
            report.request(client == clientA ? "A" : "B", "POST", "/login", login, "ada: session "
                    + shortId(ids.get(ids.size() - 1)) + " (" + body.path("sessions").asLong() + " of "
                    + TicketingApp.SESSIONS.maxSessionsPerUser() + ")" + evicted);
            report.check(login.status() == 201, "login " + ids.size() + " succeeds");
        }
        report.check(evictions.equals(List.of(ids.get(0))), "the third login evicts the first session, only");
        Reply evicted = clientA.get("/me/tickets", ids.get(0));
        report.request("A", "GET", "/me/tickets", evicted, "as " + shortId(ids.get(0)) + ": "
                + evicted.field("error"));
        report.check(evicted.status() == 401, "the evicted session is refused with 401");
        Reply live = clientA.get("/me/tickets", ids.get(2));
        report.request("A", "GET", "/me/tickets", live, "as " + shortId(ids.get(2)) + ": " + live.body()
                + " (@SessionScoped: live, its expiry slides)");
        report.check(live.status() == 200, "the newest session is accepted");
        return ids;
    }

    private List<String> rateLimit(String sessionId) {
        report.section("4. Rate limit: @RateLimited(key = \"purchase:{sessionId}\", limit = "
                + TicketService.PURCHASES_PER_WINDOW + ", window = " + TicketService.PURCHASE_WINDOW_SECONDS
                + ") on TicketService.buy");
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < TicketService.PURCHASES_PER_WINDOW; i++) {
            Reply bought = clientA.post("/events/evt-2/tickets", "{\"quantity\": 1}", sessionId);
            tickets.add(bought.field("id"));
            report.request("A", "POST", "/events/evt-2/tickets", bought, bought.field("id") + ": 1 ticket for "
                    + bought.field("userId"));
            report.check(bought.status() == 201, "purchase " + (i + 1) + " is admitted");
        }
        Reply denied = clientA.post("/events/evt-2/tickets", "{\"quantity\": 1}", sessionId);
        long retryAfter = denied.header("Retry-After").map(Long::parseLong).orElse(0L);
        report.request("A", "POST", "/events/evt-2/tickets", denied, "Retry-After: " + retryAfter + " s");
        report.line("  " + denied.field("error"));
        report.check(denied.status() == 429 && retryAfter > 0, "the next purchase is refused with 429 and a"
                + " Retry-After");
        return tickets;
    }

    private void pubSub(List<String> tickets) {
        report.section("5. Pub/sub: A publishes TicketSold on " + a.services().sales().channel()
                + "; B, a second RedWeave instance, is subscribed");
        JsonNode feed = awaitFeed(tickets.size(), Duration.ofSeconds(5));
        for (int i = feed.size() - 1; i >= 0; i--) {
            JsonNode notice = feed.get(i);
            JsonNode ticket = notice.path("sale").path("ticket");
            Duration delay = Duration.between(Instant.parse(notice.path("sale").path("publishedAt").asText()),
                    Instant.parse(notice.path("receivedAt").asText()));
            report.line("B received " + ticket.path("id").asText() + " (" + ticket.path("quantity").asInt() + " x "
                    + ticket.path("eventId").asText() + " for " + ticket.path("userId").asText() + ", sold by "
                    + notice.path("sale").path("soldBy").asText() + ") " + delay.toMillis() + " ms after it was"
                    + " published");
        }
        report.check(feed.size() == tickets.size(), "B receives every sale A made (" + tickets.size() + ")");
        Reply sales = clientB.get("/sales");
        List<String> logged = new ArrayList<>();
        sales.json().forEach(ticket -> logged.add(ticket.path("id").asText()));
        report.request("B", "GET", "/sales", sales, "stream " + a.services().sales().streamKey() + ", newest first: "
                + String.join(", ", logged));
        report.check(logged.size() == tickets.size(), "the sales stream holds every sale");
        Reply popular = clientA.get("/events/popular");
        JsonNode top = popular.json().path(0);
        report.request("A", "GET", "/events/popular", popular, "most viewed (sorted set "
                + a.services().popularity().key() + "): " + top.path("eventId").asText() + ", "
                + top.path("views").asLong() + " views");
        report.check("evt-1".equals(top.path("eventId").asText()), "evt-1 is the most viewed event");
    }

    private void health() {
        report.section("6. Health: redweave.health()");
        Reply health = clientA.get("/health");
        report.request("A", "GET", "/health", health, health.body());
        report.check(health.status() == 200 && health.json().path("healthy").asBoolean(), "Redis is healthy");
    }

    /** Reads {@code path}, prints whether it queried the catalog (a miss) or not (a hit), and checks it. */
    private void read(String instance, ApiClient client, String path, LongSupplier queries, boolean missExpected,
            Function<Reply, String> detail, String expectation) {
        long before = queries.getAsLong();
        Reply reply = client.get(path);
        long queried = queries.getAsLong() - before;
        String outcome = queried > 0 ? "miss: " + queried + " catalog query" : "hit: no catalog query";
        report.request(instance, "GET", path, reply, outcome + "; " + detail.apply(reply));
        report.check(reply.status() == 200 && (queried > 0) == missExpected, expectation);
    }

    private JsonNode awaitFeed(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode feed = clientB.get("/feed").json();
        while (feed.size() < count && System.nanoTime() < deadline) {
            pause();
            feed = clientB.get("/feed").json();
        }
        return feed;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sales feed", e);
        }
    }

    private static String shortId(String sessionId) {
        return sessionId.length() > 8 ? sessionId.substring(0, 8) + "…" : sessionId;
    }
}
