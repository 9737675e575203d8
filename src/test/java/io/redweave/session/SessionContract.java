package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.scan.KeyInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * The session manager's behaviour against a real Redis: typed fields, updates, touch, deletes, listing, events and
 * the time to live of every key. {@link StandaloneSessionManagerTest} runs it on one server and
 * {@link ClusterSessionManagerTest} on a 3-master cluster; the limit and the seed-defect regressions live in
 * subclasses, so each mode starts its Redis once.
 */
abstract class SessionContract {
    static final Duration SHORT = Duration.ofMillis(300);

    final List<RedWeave> instances = new ArrayList<>();
    RedWeave redweave;
    SessionManager sessions;
    UnifiedJedis client;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The session manager of a RedWeave instance: the one place that says how a test obtains it. */
    static SessionManager sessions(RedWeave redweave, SessionConfig config) {
        return redweave.sessions(config);
    }

    /** A new, independent RedWeave instance, as another service instance would have; closed after the test. */
    RedWeave connect() {
        RedWeave instance = RedWeave.builder().config(config()).build();
        instances.add(instance);
        return instance;
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = connect();
        sessions = sessions(redweave, SessionConfig.defaults());
        client = redweave.client();
    }

    @AfterEach
    void closeInstances() {
        instances.forEach(RedWeave::close);
    }

    /** Every key in Redis has a time to live (the rule no operation may break). */
    void assertEveryKeyHasTtl() {
        List<KeyInfo> keys = redweave.scanner().scanKeyInfo("*", 10_000);
        assertThat(keys).allSatisfy(key -> assertThat(key.ttl()).as("TTL of %s", key.key()).isPresent());
    }

    @Test
    void createThenGet_returnsTypedFields_idsStayStringsAndInstantsStayInstants() {
        Instant before = Instant.now().minusSeconds(5);
        CreateSessionResult created = sessions.createSession("s-1", "42",
                CreateSessionRequest.of("venue-7", Map.of("device", "ios", "seats", List.of(1, 2)))
                        .withAttribute("locale", "nl-BE").withAttribute("zip", "0123"));

        assertThat(created.success()).isTrue();
        assertThat(created.sessionCount()).isEqualTo(1);
        assertThat(created.expiresAt()).isEqualTo(created.checkedAt().plus(SessionConfig.DEFAULT_TTL));
        SessionData session = sessions.getSession("s-1").orElseThrow();
        assertThat(session.sessionId()).isEqualTo("s-1");
        assertThat(session.userId()).isEqualTo("42");
        assertThat(session.venueId()).isEqualTo("venue-7");
        assertThat(session.startTime()).isEqualTo(created.checkedAt()).isAfter(before);
        assertThat(session.lastActivity()).isEqualTo(session.startTime());
        assertThat(session.pageViews()).isZero();
        assertThat(session.events()).isEmpty();
        assertThat(session.metadata()).isEqualTo(Map.of("device", "ios", "seats", List.of(1, 2)));
        assertThat(session.attribute("zip")).contains("0123");
        assertThat(session.attribute("zip", Integer::valueOf)).contains(123);
        String startText = client.hget(redweave.keys().session("s-1"), "startTime");
        assertThat(startText).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(Instant.parse(startText)).isEqualTo(session.startTime());
        assertThat(client.hget(redweave.keys().session("s-1"), "userId")).isEqualTo("42");
        assertEveryKeyHasTtl();
    }

    @Test
    void getSession_missing_isEmpty() {
        assertThat(sessions.getSession("nope")).isEmpty();
    }

    @Test
    void updateSession_changesFieldsAtomically_refreshesLastActivity_andNeverTouchesTheCallersMap() {
        sessions.createSession("s-1", "u1", CreateSessionRequest.of("v1", Map.of("a", 1)).withAttribute("old", "x"));
        Map<String, Object> changes = new HashMap<>(Map.of("venueId", "v2", "metadata", Map.of("b", 2),
                "pageViews", 7, "cart", 3));
        changes.put("old", null);
        Map<String, Object> copy = new HashMap<>(changes);

        assertThat(sessions.updateSession("s-1", changes)).isTrue();

        assertThat(changes).isEqualTo(copy);
        SessionData session = sessions.getSession("s-1").orElseThrow();
        assertThat(session.venueId()).isEqualTo("v2");
        assertThat(session.metadata()).isEqualTo(Map.of("b", 2));
        assertThat(session.pageViews()).isEqualTo(7);
        assertThat(session.attributes()).isEqualTo(Map.of("cart", "3"));
        assertThat(session.lastActivity()).isAfter(session.startTime());
        assertThat(sessions.updateSession("s-1", SessionUpdate.builder().venueId(null).build())).isTrue();
        assertThat(sessions.getSession("s-1").orElseThrow().venueId()).isNull();
        assertEveryKeyHasTtl();
    }

    @Test
    void updateSession_identityField_isRejectedWithClearMessage() {
        sessions.createSession("s-1", "u1");
        assertThatThrownBy(() -> sessions.updateSession("s-1", Map.of("userId", "someone-else")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'userId' cannot be updated");
        assertThat(sessions.getSession("s-1").orElseThrow().userId()).isEqualTo("u1");
    }

    @Test
    void touchSession_slidesTheExpiryOfTheHashAndOfTheIndexEntry() {
        SessionManager shortLived = sessions(redweave, SessionConfig.builder().ttl(Duration.ofSeconds(2)).build());
        shortLived.createSession("s-1", "u1");
        String indexKey = redweave.keys().userSessions("u1");
        double scoreBefore = client.zscore(indexKey, "s-1");

        assertThat(shortLived.touchSession("s-1", Duration.ofMinutes(10))).isTrue();

        assertThat(client.pttl(redweave.keys().session("s-1"))).isGreaterThan(Duration.ofMinutes(9).toMillis());
        assertThat(client.pttl(indexKey)).isGreaterThan(Duration.ofMinutes(9).toMillis());
        assertThat(client.zscore(indexKey, "s-1") - scoreBefore).isGreaterThan(Duration.ofMinutes(9).toMillis() * 1e3);
        assertThat(shortLived.touchSession("s-1")).as("the session keeps the ttl it was touched with").isTrue();
        assertThat(client.pttl(redweave.keys().session("s-1"))).isGreaterThan(Duration.ofMinutes(9).toMillis());
    }

    @Test
    void touchSession_missingSession_isFalseAndCreatesNothing() {
        assertThat(sessions.touchSession("ghost")).isFalse();
        assertThat(sessions.touchSession("ghost", Duration.ofMinutes(5))).isFalse();
        assertThat(redweave.scanner().scanCount("*")).isZero();
    }

    @Test
    void recordPageViewAndAddEvent_areStoredWithRedisTimestamps_andKeepTheLatestEvents() {
        SessionManager small = sessions(redweave, SessionConfig.builder().maxEventsPerSession(3).build());
        small.createSession("s-1", "u1");
        assertThat(small.recordPageView("s-1")).isTrue();
        assertThat(small.recordPageView("s-1")).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(small.addEvent("s-1", "step", Map.of("n", i, "note", "quote \" and \\ and ü"))).isTrue();
        }

        SessionData session = small.getSession("s-1").orElseThrow();
        assertThat(session.pageViews()).isEqualTo(2);
        assertThat(session.events()).extracting(e -> e.data().get("n")).containsExactly(3, 4, 5);
        assertThat(session.events()).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("step");
            assertThat(e.data().get("note")).isEqualTo("quote \" and \\ and ü");
            assertThat(e.timestamp()).isAfterOrEqualTo(session.startTime()).isBeforeOrEqualTo(session.lastActivity());
        });
        assertThat(client.hlen(redweave.keys().session("s-1"))).as("old event fields are dropped").isLessThan(16);
        assertThat(small.addEvent("ghost", "step", null)).isFalse();
        assertThat(small.recordPageView("ghost")).isFalse();
        assertThat(client.exists(redweave.keys().session("ghost"))).isFalse();
    }

    @Test
    void deleteUserSessions_deletesEverySessionAndTheIndex_andCountsTheLiveOnes() {
        SessionManager unlimited = sessions(redweave, SessionConfig.builder().unlimitedSessions().build());
        for (int i = 0; i < 8; i++) {
            unlimited.createSession("s-" + i, "u1");
        }
        unlimited.createSession("other", "u2");

        assertThat(unlimited.deleteUserSessions("u1")).isEqualTo(8);

        assertThat(unlimited.getUserSessions("u1")).isEmpty();
        assertThat(unlimited.getUserSessionCount("u1")).isZero();
        assertThat(client.exists(redweave.keys().userSessions("u1"))).isFalse();
        assertThat(unlimited.getSession("s-3")).isEmpty();
        assertThat(unlimited.getSession("other")).isPresent();
        assertThat(unlimited.deleteUserSessions("u1")).isZero();
        assertEveryKeyHasTtl();
    }

    @Test
    void getUserSessions_returnsEveryLiveSessionOfTheUserOnly() {
        SessionManager unlimited = sessions(redweave, SessionConfig.builder().unlimitedSessions().build());
        for (int i = 0; i < 12; i++) {
            unlimited.createSession("s-" + i, "u1", CreateSessionRequest.of("v" + i, Map.of()));
        }
        unlimited.createSession("x", "u2");

        List<SessionData> list = unlimited.getUserSessions("u1");

        assertThat(list).extracting(SessionData::sessionId).containsExactlyInAnyOrder(
                "s-0", "s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7", "s-8", "s-9", "s-10", "s-11");
        assertThat(list).allSatisfy(s -> assertThat(s.venueId()).isEqualTo("v" + s.sessionId().substring(2)));
        assertThat(unlimited.getUserSessionCount("u1")).isEqualTo(12);
    }

    @Test
    void hostileIds_areEncodedInKeys_andReadBackUnchanged() {
        String sessionId = "s:{tag}*?[x]";
        String userId = "u:*";
        sessions.createSession(sessionId, userId);

        assertThat(client.exists(redweave.keys().session(sessionId))).isTrue();
        assertThat(redweave.keys().session(sessionId)).doesNotContain("*", "{");
        assertThat(sessions.getUserSessions(userId)).extracting(SessionData::sessionId).containsExactly(sessionId);
        assertThat(sessions.getUserSessions("u:other")).isEmpty();
        assertThat(sessions.deleteSession(sessionId)).isTrue();
        assertThat(sessions.getUserSessionCount(userId)).isZero();
    }

    @Test
    void namespace_prefixesEverySessionKey() {
        RedWeave namespaced = RedWeave.builder().config(config()).namespace("ticketing").build();
        instances.add(namespaced);
        SessionManager manager = sessions(namespaced, SessionConfig.defaults());
        manager.createSession("s-1", "u1");

        assertThat(client.exists("ticketing:session:s-1")).isTrue();
        assertThat(client.exists("ticketing:user:sessions:u1")).isTrue();
        assertThat(manager.getSession("s-1")).isPresent();
        assertThat(sessions.getSession("s-1")).as("another namespace does not see it").isEmpty();
    }

    @Test
    void arguments_areValidatedWithClearMessages() {
        assertThatThrownBy(() -> sessions.createSession("", "u1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionId '' is invalid");
        assertThatThrownBy(() -> sessions.createSession("s", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId 'null' is invalid");
        assertThatThrownBy(() -> sessions.createSession("s", "u", CreateSessionRequest.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl PT0S is invalid");
        assertThatThrownBy(() -> sessions.touchSession("s", Duration.ofMillis(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl PT-0.005S is invalid");
    }
}
