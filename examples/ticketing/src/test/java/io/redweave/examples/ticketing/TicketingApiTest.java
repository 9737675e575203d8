package io.redweave.examples.ticketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.demo.ApiClient;
import io.redweave.examples.ticketing.demo.Reply;
import io.redweave.examples.ticketing.service.TicketService;
import io.redweave.session.CreateSessionRequest;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP API of one service instance, against a real Redis. */
@RedisTest
class TicketingApiTest {
    private final RedisServer server;
    private final Catalog catalog = Catalog.sample(Duration.ZERO);
    private final List<TicketingApp> apps = new ArrayList<>();
    private TicketingApp app;
    private ApiClient api;

    TicketingApiTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void start() {
        server.flushAll();
        app = start("A");
        api = new ApiClient(app.uri());
    }

    @AfterEach
    void stop() {
        apps.forEach(TicketingApp::close);
    }

    private TicketingApp start(String name) {
        TicketingApp started = TicketingApp.start(RedisConfig.builder().url(server.uri()).build(), catalog, name, 0);
        apps.add(started);
        return started;
    }

    private String login(String user) {
        Reply login = api.post("/login", "{\"user\": \"" + user + "\"}");
        assertThat(login.status()).as(login.body()).isEqualTo(201);
        return login.field("sessionId");
    }

    @Test
    void getEvent_firstReadLoads_secondReadIsACacheHit() {
        Reply first = api.get("/events/evt-1");
        Reply second = api.get("/events/evt-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.field("name")).isEqualTo("Opening night");
        assertThat(catalog.eventLoads()).isEqualTo(1);
        assertThat(app.redweave().client().exists("ticketing:cache:event:evt-1")).isTrue();
    }

    @Test
    void getEvent_unknownEvent_is404_andNothingIsCached() {
        Reply missing = api.get("/events/evt-999");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.field("error")).isEqualTo("There is no event 'evt-999'");
        assertThat(app.redweave().client().exists("ticketing:cache:event:evt-999")).isFalse();
    }

    @Test
    void putEvent_invalidatesTheEventAndTheLists_andTheNextReadLoadsTheNewValue() {
        api.get("/events/evt-1");
        api.get("/events");

        Reply updated = api.put("/events/evt-1", "{\"name\": \"Opening night, extended\", \"price\": 55}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(app.redweave().client().exists("ticketing:cache:event:evt-1")).isFalse();
        assertThat(app.redweave().client().exists("ticketing:cache:events:all")).isFalse();
        long loads = catalog.eventLoads();
        assertThat(api.get("/events/evt-1").field("price")).isEqualTo("55");
        assertThat(api.get("/events").json().path(0).path("name").asText()).isEqualTo("Opening night, extended");
        assertThat(catalog.eventLoads()).isEqualTo(loads + 2);
    }

    @Test
    void getVenue_isCachedThroughTheCacheManager() {
        assertThat(api.get("/venues/ven-2").field("city")).isEqualTo("Amsterdam");
        assertThat(api.get("/venues/ven-2").field("city")).isEqualTo("Amsterdam");

        assertThat(catalog.venueLoads()).isEqualTo(1);
        assertThat(app.redweave().client().exists("ticketing:cache:venue:ven-2")).isTrue();
        assertThat(api.get("/venues/ven-9").status()).isEqualTo(404);
    }

    @Test
    void login_thirdSessionOfAUser_evictsTheOldest_whichIsThenRefusedWith401() {
        String first = login("ada");
        String second = login("ada");
        Reply third = api.post("/login", "{\"user\": \"ada\"}");

        assertThat(third.status()).isEqualTo(201);
        assertThat(third.json().path("sessions").asLong()).isEqualTo(2);
        assertThat(third.json().path("evicted").get(0).asText()).isEqualTo(first);
        assertThat(api.get("/me/tickets", first).status()).isEqualTo(401);
        assertThat(api.get("/me/tickets", second).status()).isEqualTo(200);
        assertThat(api.get("/me/tickets", third.field("sessionId")).status()).isEqualTo(200);
    }

    @Test
    void login_unknownUser_is401() {
        Reply login = api.post("/login", "{\"user\": \"mallory\"}");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.field("error")).contains("There is no user 'mallory'");
    }

    @Test
    void buyTicket_withoutAnAuthorizationHeader_is401() {
        Reply denied = api.post("/events/evt-1/tickets", null);

        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.field("error")).contains("sign in first");
    }

    @Test
    void buyTicket_withAnUnknownSession_is401() {
        Reply denied = api.post("/events/evt-1/tickets", null, "no-such-session");

        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.field("error")).contains("Session 'no-such-session' does not exist or has expired");
        assertThat(catalog.ticketsOf("ada")).isEmpty();
    }

    @Test
    void buyTicket_withAnExpiredSession_is401() {
        app.redweave().sessions().createSession("short-lived", "ada", CreateSessionRequest.empty(),
                Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(5))
                .until(() -> app.redweave().sessions().getSession("short-lived").isEmpty());

        Reply denied = api.post("/events/evt-1/tickets", null, "short-lived");

        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.field("error")).contains("Session 'short-lived' does not exist or has expired");
    }

    @Test
    void buyTicket_withASession_sellsToTheSessionsUser() {
        String session = login("grace");

        Reply bought = api.post("/events/evt-3/tickets", "{\"quantity\": 2}", session);

        assertThat(bought.status()).isEqualTo(201);
        assertThat(bought.field("userId")).isEqualTo("grace");
        assertThat(bought.json().path("quantity").asInt()).isEqualTo(2);
        assertThat(api.get("/me/tickets", session).json().path(0).path("id").asText()).isEqualTo(bought.field("id"));
    }

    @Test
    void buyTicket_pastTheLimit_is429_withRetryAfterInWholeSeconds() {
        String session = login("ada");
        for (int i = 0; i < TicketService.PURCHASES_PER_WINDOW; i++) {
            assertThat(api.post("/events/evt-1/tickets", null, session).status()).isEqualTo(201);
        }

        Reply denied = api.post("/events/evt-1/tickets", null, session);

        assertThat(denied.status()).isEqualTo(429);
        assertThat(denied.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds))
                .isBetween(1L, (long) TicketService.PURCHASE_WINDOW_SECONDS));
        assertThat(denied.field("error")).contains("Rate limit exceeded for key 'purchase:" + session + "'");
        assertThat(catalog.ticketsOf("ada")).hasSize(TicketService.PURCHASES_PER_WINDOW);
    }

    @Test
    void buyTicket_moreThanAreLeft_is409() {
        String session = login("linus");

        Reply denied = api.post("/events/evt-4/tickets", "{\"quantity\": 3}", session);

        assertThat(denied.status()).isEqualTo(409);
        assertThat(denied.field("error")).isEqualTo("Event 'evt-4' has 2 ticket(s) left; 3 were asked for");
    }

    @Test
    void buyTicket_isLoggedToTheStream_andAnnouncedToASecondInstance() {
        TicketingApp other = start("B");
        String session = login("ada");

        String ticket = api.post("/events/evt-2/tickets", null, session).field("id");

        ApiClient otherApi = new ApiClient(other.uri());
        await().atMost(Duration.ofSeconds(5)).until(() -> otherApi.get("/feed").json().size() == 1);
        JsonNode notice = otherApi.get("/feed").json().get(0);
        assertThat(notice.path("sale").path("ticket").path("id").asText()).isEqualTo(ticket);
        assertThat(notice.path("sale").path("soldBy").asText()).isEqualTo("A");
        assertThat(notice.path("receivedBy").asText()).isEqualTo("B");
        assertThat(otherApi.get("/sales").json().path(0).path("id").asText()).isEqualTo(ticket);
    }

    @Test
    void popularEvents_countViews_mostViewedFirst() {
        api.get("/events/evt-2");
        api.get("/events/evt-1");
        api.get("/events/evt-2");

        JsonNode popular = api.get("/events/popular").json();

        assertThat(popular.path(0).path("eventId").asText()).isEqualTo("evt-2");
        assertThat(popular.path(0).path("views").asLong()).isEqualTo(2);
        assertThat(popular.path(1).path("eventId").asText()).isEqualTo("evt-1");
        assertThat(app.redweave().client().ttl("ticketing:analytics:views:events")).isPositive();
    }

    @Test
    void health_isHealthy() {
        Reply health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("healthy").asBoolean()).isTrue();
        assertThat(health.field("mode")).isEqualTo("STANDALONE");
    }

    @Test
    void unknownRoute_is404_andWrongMethod_is405WithAllow() {
        Reply unknown = api.get("/concerts");
        Reply wrongMethod = api.send("DELETE", "/events/evt-1", null, null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.field("error")).startsWith("no route for GET /concerts");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).hasValue("GET, PUT");
    }
}
