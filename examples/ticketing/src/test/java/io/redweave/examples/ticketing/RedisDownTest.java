package io.redweave.examples.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.demo.ApiClient;
import io.redweave.examples.ticketing.demo.Reply;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stops while the service runs: reads go on (FAIL_OPEN), what needs a session answers 503 (FAIL_CLOSED), and
 * everything works again once Redis is back. The extension restarts the server before the next test.
 */
@RedisTest
class RedisDownTest {
    private final RedisServer server;
    private final Catalog catalog = Catalog.sample(Duration.ZERO);
    private TicketingApp app;
    private TicketingApp other;
    private ApiClient api;

    RedisDownTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void start() {
        assumeTrue(server.canRestart(), "needs a Redis server the test can stop (not REDIS_URL)");
        server.flushAll();
        RedisConfig redis = RedisConfig.builder().url(server.uri()).timeout(Duration.ofMillis(500)).build();
        app = TicketingApp.start(redis, catalog, "A", 0);
        other = TicketingApp.start(redis, catalog, "B", 0);
        api = new ApiClient(app.uri());
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
            other.close();
        }
    }

    @Test
    void redisDown_eventAndVenueReads_areStillServed_fromTheCatalog() {
        api.get("/events/evt-1");
        server.stop();

        Reply first = api.get("/events/evt-1");
        Reply second = api.get("/events/evt-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.field("name")).isEqualTo("Opening night");
        assertThat(catalog.eventLoads()).isEqualTo(3);
        assertThat(api.get("/venues/ven-1").field("city")).isEqualTo("Brussels");
    }

    @Test
    void redisDown_sessionScopedEndpoints_login_andHealth_answer503() {
        String session = login();
        server.stop();

        Reply purchase = api.post("/events/evt-1/tickets", null, session);
        Reply tickets = api.get("/me/tickets", session);
        Reply login = api.post("/login", "{\"user\": \"grace\"}");
        Reply health = api.get("/health");

        assertThat(purchase.status()).isEqualTo(503);
        assertThat(purchase.header("Retry-After")).hasValue("1");
        assertThat(purchase.field("error")).startsWith("Redis is unavailable");
        assertThat(tickets.status()).isEqualTo(503);
        assertThat(login.status()).isEqualTo(503);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("healthy").asBoolean()).isFalse();
        assertThat(catalog.ticketsOf("ada")).isEmpty();
    }

    @Test
    void redisBack_everythingRecovers_caching_sessions_purchases_andPubSub() {
        server.stop();
        assertThat(api.get("/events/evt-1").status()).isEqualTo(200);
        assertThat(api.post("/events/evt-1/tickets", null, "any").status()).isEqualTo(503);

        server.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/health").status() == 200);
        String session = login();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/me/tickets", session).status() == 200);
        await().atMost(Duration.ofSeconds(10)).until(() -> readIsACacheHit("/events/evt-2"));
        String channel = app.services().sales().channel();
        await().atMost(Duration.ofSeconds(10)).until(() -> app.redweave().pubSub().numSubscribers(channel) == 2);
        Reply bought = api.post("/events/evt-2/tickets", null, session);
        assertThat(bought.status()).isEqualTo(201);
        ApiClient otherApi = new ApiClient(other.uri());
        await().atMost(Duration.ofSeconds(5)).until(() -> otherApi.get("/feed").body().contains(bought.field("id")));
    }

    private boolean readIsACacheHit(String path) {
        api.get(path);
        long loads = catalog.eventLoads();
        return api.get(path).status() == 200 && catalog.eventLoads() == loads;
    }

    private String login() {
        Reply login = api.post("/login", "{\"user\": \"ada\"}");
        assertThat(login.status()).as(login.body()).isEqualTo(201);
        return login.field("sessionId");
    }
}
