package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.SessionNotFoundException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/sessions.md}, run against a real Redis: each block between {@code // example: name}
 * and {@code // end} is the text of the doc's block after {@code <!-- example: name -->}, which
 * {@link SessionDocsTest} checks.
 */
@RedisTest
class SessionExamplesTest {
    private final RedisServer server;
    private RedWeave redweave;
    private SessionManager sessions;
    private final String sessionId = "3f1c2a9e";

    SessionExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        sessions = SessionContract.sessions(redweave, SessionConfig.defaults());
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void createAndRead() {
        // example: create
        CreateSessionResult login = sessions.createSession(sessionId, "42",
                CreateSessionRequest.of("venue-7", Map.of("device", "ios")));
        if (!login.success()) {
            throw new IllegalStateException(login.error()); // "Maximum 5 sessions per user exceeded: ..."
        }
        // end
        // example: read
        SessionData session = sessions.getSession(sessionId)
                .orElseThrow(() -> new SessionNotFoundException(sessionId));
        String user = session.userId();                  // "42": ids stay strings
        Instant since = session.startTime();             // Redis server time
        Map<String, Object> metadata = session.metadata(); // {device=ios}
        // end
        assertThat(user).isEqualTo("42");
        assertThat(since).isEqualTo(login.checkedAt());
        assertThat(metadata).isEqualTo(Map.of("device", "ios"));
    }

    @Test
    void configureAndEvict() {
        // example: config
        SessionConfig config = SessionConfig.builder()
                .ttl(Duration.ofMinutes(30))            // sliding: every use starts it again
                .maxSessionsPerUser(3)                  // or unlimitedSessions(); 0 is an error
                .policy(SessionPolicy.EVICT_OLDEST)     // default REJECT
                .build();
        // end
        SessionManager sessions = SessionContract.sessions(redweave, config);
        sessions.createSession("phone", "42");
        sessions.createSession("laptop", "42");
        sessions.createSession("desktop", "42");
        // example: evict
        CreateSessionResult tablet = sessions.createSession("tablet", "42");
        List<String> signedOut = tablet.evictedSessionIds(); // [phone]: it would have expired first
        // end
        assertThat(tablet.success()).isTrue();
        assertThat(signedOut).containsExactly("phone");
    }

    @Test
    void useAndEnd() {
        sessions.createSession(sessionId, "42");
        // example: use
        sessions.updateSession(sessionId, SessionUpdate.builder().venueId("venue-9").attribute("cart", "3").build());
        sessions.updateSession(sessionId, Map.of("cart", "4"));   // seed style; the map is only read
        boolean alive = sessions.touchSession(sessionId);          // slides the expiry of hash and index
        sessions.recordPageView(sessionId);
        sessions.addEvent(sessionId, "checkout", Map.of("orderId", "o-1"));
        // end
        // example: end
        List<SessionData> devices = sessions.getUserSessions("42"); // two round trips, whatever the number
        long live = sessions.getUserSessionCount("42");              // expired sessions never count
        sessions.deleteSession(sessionId);                           // no user id needed
        long ended = sessions.deleteUserSessions("42");              // log out everywhere
        // end
        assertThat(alive).isTrue();
        assertThat(devices).singleElement().satisfies(s -> {
            assertThat(s.attribute("cart")).contains("4");
            assertThat(s.pageViews()).isEqualTo(1);
            assertThat(s.events()).extracting(SessionEvent::type).containsExactly("checkout");
        });
        assertThat(live).isEqualTo(1);
        assertThat(ended).isZero();
    }
}
