package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.internal.script.LuaScript;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * One named regression test per defect of the TypeScript session manager (seed spec section 10), and the
 * removal markers that keep a slow create from bringing back a removed session.
 */
abstract class SessionSeedDefectContract extends SessionLimitContract {
    static final LuaScript INDEX_ADD = LuaScript.fromResource("session-index-add");
    static final LuaScript WRITE = LuaScript.fromResource("session-write");

    /** Runs only the admission step of a create, as a process that crashes or stalls right after it would. */
    List<?> admitOnly(String sessionId, String userId, Duration ttl) {
        return (List<?>) redweave.context().scripts().run(INDEX_ADD, List.of(redweave.keys().userSessions(userId)),
                List.of(sessionId, Long.toString(ttl.toMillis()), "5", "evict"));
    }

    /** Runs the write step of a create admitted at {@code admittedMicros}, late. */
    Object writeLate(String sessionId, long admittedMicros) {
        long expireAt = System.currentTimeMillis() + 60_000;
        String now = Instant.now().toString();
        return redweave.context().scripts().run(WRITE, List.of(redweave.keys().session(sessionId)),
                List.of(Long.toString(admittedMicros), Long.toString(expireAt), "sessionId", sessionId,
                        "userId", "u1", "startTime", now, "lastActivity", now));
    }

    @Test
    void seedDefect5_createSession_writesTheHashWholeWithItsTtlInOneStep() {
        sessions.createSession("s-1", "u1", CreateSessionRequest.empty().withAttribute("stale", "yes"));
        sessions.recordPageView("s-1");
        String key = redweave.keys().session("s-1");
        assertThat(client.pttl(key)).isBetween(1L, SessionConfig.DEFAULT_TTL.toMillis());
        assertThat(client.pttl(redweave.keys().userSessions("u1"))).isPositive();

        CreateSessionResult again = sessions.createSession("s-1", "u1");

        assertThat(again.sessionCount()).as("the same id counts once").isEqualTo(1);
        SessionData session = sessions.getSession("s-1").orElseThrow();
        assertThat(session.attributes()).as("no stale fields from the earlier session").isEmpty();
        assertThat(session.pageViews()).isZero();
        assertThat(client.pttl(key)).isBetween(1L, SessionConfig.DEFAULT_TTL.toMillis());
    }

    @Test
    void seedDefect5_crashAfterAdmission_leavesOnlyAnIndexEntryThatExpiresOrIsPruned() {
        admitOnly("crashed-short", "u1", SHORT);
        List<?> admitted = admitOnly("crashed-long", "u1", Duration.ofMinutes(10));
        assertEveryKeyHasTtl();
        assertThat(client.exists(redweave.keys().session("crashed-long"))).isFalse();

        assertThat(sessions.getUserSessionCount("u1")).as("counted while its write may still come").isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions.getUserSessionCount("u1") == 1);
        assertThat(sessions.getUserSessions("u1")).isEmpty();
        assertThat(sessions.getUserSessionCount("u1")).as("the entry without a hash was pruned").isZero();
        assertThat(writeLate("crashed-long", (Long) admitted.get(2))).as("a late write cannot revive it")
                .isEqualTo("pruned");
        assertThat(sessions.getSession("crashed-long")).isEmpty();
        assertEveryKeyHasTtl();
    }

    @Test
    void seedDefect6_expiredSessionsNeverCountAgainstTheLimit_noLockOut() {
        for (int i = 0; i < 4; i++) {
            sessions.createSession("short-" + i, "u1", CreateSessionRequest.empty(), SHORT);
        }
        sessions.createSession("long", "u1", CreateSessionRequest.empty(), Duration.ofMinutes(1));
        assertThat(sessions.createSession("refused", "u1").success()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.exists(redweave.keys().session("short-3")));
        assertThat(client.zcard(redweave.keys().userSessions("u1")))
                .as("the index still holds the dead entries: nothing has read it").isEqualTo(5);

        for (int i = 0; i < 4; i++) {
            CreateSessionResult result = sessions.createSession("new-" + i, "u1");
            assertThat(result.success()).as(String.valueOf(result.error())).isTrue();
        }
        assertThat(sessions.getUserSessionCount("u1")).isEqualTo(5);
    }

    @Test
    void seedDefect6_getUserSessionCount_countsLiveSessionsOnly() {
        sessions.createSession("short-1", "u1", CreateSessionRequest.empty(), SHORT);
        sessions.createSession("short-2", "u1", CreateSessionRequest.empty(), SHORT);
        sessions.createSession("long", "u1");
        await().atMost(Duration.ofSeconds(10)).until(() -> sessions.getUserSessionCount("u1") == 1);
        assertThat(client.exists(redweave.keys().session("short-1"))).isFalse();
    }

    @Test
    void seedDefect6_getUserSessions_prunesExpiredAndVanishedEntries() {
        sessions.createSession("expiring", "u1", CreateSessionRequest.empty(), SHORT);
        sessions.createSession("vanishing", "u1");
        sessions.createSession("kept", "u1");
        client.del(redweave.keys().session("vanishing")); // deleted behind RedWeave's back
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.exists(redweave.keys().session("expiring")));

        assertThat(sessions.getUserSessions("u1")).extracting(SessionData::sessionId).containsExactly("kept");

        String index = redweave.keys().userSessions("u1");
        assertThat(client.zrange(index, 0, -1)).containsExactly("kept");
        assertThat(sessions.getUserSessionCount("u1")).isEqualTo(1);
        assertEveryKeyHasTtl();
    }

    @Test
    void seedDefect6_deleteSessionWithoutUserId_removesItFromTheIndex() {
        sessions.createSession("s-1", "u1");
        sessions.createSession("s-2", "u1");

        assertThat(sessions.deleteSession("s-1")).isTrue();

        assertThat(client.zrange(redweave.keys().userSessions("u1"), 0, -1)).containsExactly("s-2");
        assertThat(sessions.getUserSessionCount("u1")).isEqualTo(1);
        assertThat(sessions.deleteSession("s-1")).isFalse();
    }

    @Test
    void seedDefect6_recreatingAnExistingSessionAtTheLimit_isAcceptedAndCountsOnce() {
        for (int i = 0; i < 5; i++) {
            sessions.createSession("s-" + i, "u1");
        }
        CreateSessionResult again = sessions.createSession("s-2", "u1");
        assertThat(again.success()).isTrue();
        assertThat(again.sessionCount()).isEqualTo(5);
        assertThat(sessions.createSession("s-5", "u1").success()).isFalse();
    }

    @Test
    void seedDefect6_perCallTtlLongerThanTheDefault_indexLivesAsLongAsItsLatestSession() {
        SessionManager brief = sessions(redweave, SessionConfig.builder().ttl(Duration.ofSeconds(1)).build());
        brief.createSession("default-ttl", "u1");
        brief.createSession("long-ttl", "u1", CreateSessionRequest.empty(), Duration.ofMinutes(10));

        assertThat(client.pttl(redweave.keys().userSessions("u1"))).isGreaterThan(Duration.ofMinutes(9).toMillis());
        assertThat(client.pttl(redweave.keys().session("long-ttl"))).isGreaterThan(Duration.ofMinutes(9).toMillis());
        assertThat(brief.touchSession("long-ttl")).as("touch keeps the session's own ttl").isTrue();
        assertThat(client.pttl(redweave.keys().session("long-ttl"))).isGreaterThan(Duration.ofMinutes(9).toMillis());
    }

    @Test
    void seedDefect7_updateOfAMissingOrExpiredSession_returnsFalseAndCreatesNothing() {
        assertThat(sessions.updateSession("ghost", Map.of("cart", "1"))).isFalse();
        sessions.createSession("expiring", "u1", CreateSessionRequest.empty(), SHORT);
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.exists(redweave.keys().session("expiring")));

        assertThat(sessions.updateSession("expiring", Map.of("cart", "1"))).isFalse();

        assertThat(client.exists(redweave.keys().session("ghost"))).isFalse();
        assertThat(client.exists(redweave.keys().session("expiring"))).isFalse();
        assertEveryKeyHasTtl();
    }

    @Test
    void seedDefect7_updateSession_slidesTheSessionsOwnTtl_andNeverMutatesTheCallersObject() {
        sessions.createSession("s-1", "u1", CreateSessionRequest.empty(), Duration.ofMinutes(1));
        String key = redweave.keys().session("s-1");
        client.pexpire(key, 5_000); // as if most of the minute had passed
        Map<String, Object> updates = Map.of("cart", "2"); // immutable: a write into it would throw

        assertThat(sessions.updateSession("s-1", updates)).isTrue();

        assertThat(updates).containsOnlyKeys("cart");
        assertThat(client.pttl(key)).isBetween(50_000L, 60_000L);
        assertThat(client.hget(key, "lastActivity")).isNotNull();
    }

    @Test
    void seedDefect10_sessionsAndIndexInDifferentSlots_everyOperationWorksWithoutCrossSlot() {
        SessionManager evicting = sessions(redweave, SessionConfig.builder().maxSessionsPerUser(3)
                .policy(SessionPolicy.EVICT_OLDEST).build());
        for (int i = 0; i < 6; i++) {
            assertThat(evicting.createSession("slot-" + i, "u1").success()).isTrue();
        }
        Set<Integer> slots = new HashSet<>();
        for (String id : List.of("slot-3", "slot-4", "slot-5")) {
            slots.add(JedisClusterCRC16.getSlot(redweave.keys().session(id)));
        }
        slots.add(JedisClusterCRC16.getSlot(redweave.keys().userSessions("u1")));
        assertThat(slots).hasSizeGreaterThan(2);

        assertThat(evicting.getUserSessions("u1")).hasSize(3);
        assertThat(evicting.updateSession("slot-5", Map.of("a", "b"))).isTrue();
        assertThat(evicting.touchSession("slot-4")).isTrue();
        assertThat(evicting.addEvent("slot-4", "view", Map.of())).isTrue();
        assertThat(evicting.deleteSession("slot-3")).isTrue();
        assertThat(evicting.deleteUserSessions("u1")).isEqualTo(2);
        assertEveryKeyHasTtl();
    }

    @Test
    void seedDefect17_numericLookingIdsStayStrings_andInstantsStayInstants() {
        sessions.createSession("1e5", "12345678901234567890", CreateSessionRequest.of("true", Map.of("n", "null")));

        SessionData session = sessions.getSession("1e5").orElseThrow();
        assertThat(session.sessionId()).isEqualTo("1e5");
        assertThat(session.userId()).isEqualTo("12345678901234567890");
        assertThat(session.venueId()).isEqualTo("true");
        assertThat(session.metadata()).isEqualTo(Map.of("n", "null"));
        assertThat(session.startTime()).isInstanceOf(Instant.class);
        assertThat(sessions.getUserSessions("12345678901234567890")).hasSize(1);
    }

    @Test
    void seedDefect23_everyManagerKeepsItsOwnConfiguration() {
        SessionManager one = sessions(redweave, SessionConfig.builder().maxSessionsPerUser(1).build());
        SessionManager three = sessions(redweave, SessionConfig.builder().maxSessionsPerUser(3).build());
        assertThat(one.createSession("a", "u1").success()).isTrue();
        assertThat(one.createSession("b", "u1").success()).isFalse();
        assertThat(three.createSession("b", "u1").success()).isTrue();
        assertThat(three.createSession("c", "u1").success()).isTrue();
        assertThat(three.createSession("d", "u1").success()).isFalse();
        assertThat(one.config().maxSessionsPerUser()).isEqualTo(1);
    }

    @Test
    void getSession_hashWrittenByTheTypeScriptLibrary_readsTyped() {
        String key = redweave.keys().session("legacy");
        client.hset(key, Map.of("sessionId", "legacy", "userId", "42", "venueId", "",
                "startTime", "\"2024-01-01T00:00:00.000Z\"", "lastActivity", "\"2024-01-01T00:05:00.000Z\"",
                "pageViews", "3", "metadata", "{\"a\":1}",
                "events", "[{\"type\":\"view\",\"timestamp\":\"2024-01-01T00:01:00.000Z\",\"data\":{\"p\":1}}]"));
        client.pexpire(key, 60_000);

        SessionData session = sessions.getSession("legacy").orElseThrow();

        assertThat(session.userId()).isEqualTo("42");
        assertThat(session.venueId()).isNull();
        assertThat(session.startTime()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(session.lastActivity()).isEqualTo(Instant.parse("2024-01-01T00:05:00Z"));
        assertThat(session.pageViews()).isEqualTo(3);
        assertThat(session.events()).containsExactly(
                new SessionEvent("view", Instant.parse("2024-01-01T00:01:00Z"), Map.of("p", 1)));
    }

    @Test
    void getSession_fieldWrittenBySomethingElse_isAClearError_andListingSkipsIt() {
        sessions.createSession("bad", "u1");
        sessions.createSession("good", "u1");
        client.hset(redweave.keys().session("bad"), "startTime", "yesterday");

        assertThatThrownBy(() -> sessions.getSession("bad")).isInstanceOf(MalformedSessionException.class)
                .hasMessageContaining("'startTime' = 'yesterday'").hasMessageContaining("session:bad");
        assertThat(sessions.getUserSessions("u1")).extracting(SessionData::sessionId).containsExactly("good");
        client.hset(redweave.keys().session("good"), "metadata", "{not json");
        assertThatThrownBy(() -> sessions.getSession("good")).isInstanceOf(MalformedSessionException.class)
                .hasMessageContaining("'metadata'");
        assertThat(sessions.deleteSession("bad")).as("a damaged session can still be deleted").isTrue();
    }

    @Test
    void getSession_keyOfAnotherTypeWrittenBySomethingElse_isAClearError_andCanBeDeleted() {
        sessions.createSession("good", "u1");
        sessions.createSession("string-mode", "u1");
        String key = redweave.keys().session("string-mode");
        client.set(key, "{\"sessionId\":\"string-mode\",\"userId\":\"u1\"}");
        client.pexpire(key, 60_000);

        assertThatThrownBy(() -> sessions.getSession("string-mode")).isInstanceOf(MalformedSessionException.class)
                .hasMessageContaining("another type than a hash").hasMessageContaining(key);
        assertThat(sessions.getUserSessions("u1")).extracting(SessionData::sessionId).containsExactly("good");
        assertThat(sessions.touchSession("string-mode")).isFalse();
        assertThat(sessions.deleteSession("string-mode")).isTrue();
        assertThat(client.exists(key)).isFalse();
    }

    @Test
    void pendingCreate_overtakenByDeleteUserSessions_neverComesBack() {
        List<?> admitted = admitOnly("late", "u1", Duration.ofMinutes(10));

        assertThat(sessions.deleteUserSessions("u1")).as("no live session yet").isZero();

        assertThat(writeLate("late", (Long) admitted.get(2))).isEqualTo("deleted");
        assertThat(sessions.getSession("late")).isEmpty();
        assertThat(sessions.touchSession("late")).isFalse();
        assertEveryKeyHasTtl();
        assertThat(sessions.createSession("late", "u1").success()).as("the id can be used again").isTrue();
    }

    @Test
    void pendingCreate_evictedBeforeItsHashIsWritten_neverComesBack() {
        List<?> admitted = admitOnly("slow", "u1", Duration.ofMinutes(10));
        SessionManager single = sessions(redweave, SessionConfig.builder().maxSessionsPerUser(1)
                .policy(SessionPolicy.EVICT_OLDEST).build());

        CreateSessionResult newer = single.createSession("newer", "u1");

        assertThat(newer.evictedSessionIds()).containsExactly("slow");
        assertThat(writeLate("slow", (Long) admitted.get(2))).isEqualTo("evicted");
        assertThat(single.getSession("slow")).isEmpty();
        assertThat(single.getUserSessions("u1")).extracting(SessionData::sessionId).containsExactly("newer");
    }
}
