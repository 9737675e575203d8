package io.redweave.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The session limit under concurrent logins from several service instances, with both policies, and the user's
 * ability to sign in again once the sessions expire.
 */
abstract class SessionLimitContract extends SessionContract {
    static final int LOGINS = 50;
    static final int MAX = 5;

    /** One login attempt and what the manager answered. */
    record Login(String sessionId, CreateSessionResult result) {
    }

    /** 50 logins of one user, released at once from 50 threads over 4 independent RedWeave instances. */
    List<Login> loginConcurrently(SessionPolicy policy, String userId) throws Exception {
        SessionConfig config = SessionConfig.builder().maxSessionsPerUser(MAX).policy(policy).build();
        List<SessionManager> managers = IntStream.range(0, 4).mapToObj(i -> sessions(connect(), config)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
        try {
            CountDownLatch ready = new CountDownLatch(LOGINS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Login>> futures = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                String sessionId = "login-" + i;
                SessionManager manager = managers.get(i % managers.size());
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return new Login(sessionId, manager.createSession(sessionId, userId));
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Login> logins = new ArrayList<>();
            for (Future<Login> future : futures) {
                logins.add(future.get(60, TimeUnit.SECONDS));
            }
            return logins;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The ids among these whose session hash is live right now (read directly, without the manager). */
    Set<String> liveHashes(List<Login> logins) {
        return logins.stream().map(Login::sessionId).filter(id -> {
            String key = redweave.keys().session(id);
            return client.exists(key) && !client.hexists(key, "_removed");
        }).collect(Collectors.toSet());
    }

    static Set<String> ids(List<Login> logins) {
        return logins.stream().map(Login::sessionId).collect(Collectors.toSet());
    }

    @Test
    void createSession_50ConcurrentLoginsWithReject_keepExactlyTheFirst5TheServerAccepted() throws Exception {
        List<Login> logins = loginConcurrently(SessionPolicy.REJECT, "u1");

        List<Login> accepted = logins.stream().filter(l -> l.result().success())
                .sorted(Comparator.comparing(l -> l.result().checkedAt())).toList();
        List<Login> rejected = logins.stream().filter(l -> !l.result().success()).toList();
        assertThat(accepted).hasSize(MAX);
        // each accepted login saw the ones before it: counts 1..5 in the order the server checked them
        assertThat(accepted).extracting(l -> l.result().sessionCount()).containsExactly(1L, 2L, 3L, 4L, 5L);
        Instant lastAccepted = accepted.get(MAX - 1).result().checkedAt();
        assertThat(rejected).hasSize(LOGINS - MAX).allSatisfy(l -> {
            assertThat(l.result().checkedAt()).isAfter(lastAccepted);
            assertThat(l.result().sessionCount()).isEqualTo(MAX);
            assertThat(l.result().error()).startsWith("Maximum 5 sessions per user exceeded");
            assertThat(l.result().expiresAt()).isNull();
            assertThat(l.result().evictedSessionIds()).isEmpty();
        });
        assertThat(liveHashes(logins)).isEqualTo(ids(accepted));
        assertThat(sessions.getUserSessions("u1")).extracting(SessionData::sessionId)
                .containsExactlyInAnyOrderElementsOf(ids(accepted));
        assertThat(sessions.getUserSessionCount("u1")).isEqualTo(MAX);
        assertEveryKeyHasTtl();

        expireThenLogInAgainAtOnce(logins, SessionPolicy.REJECT);
    }

    @Test
    void createSession_50ConcurrentLoginsWithEvictOldest_keepExactlyThe5Newest() throws Exception {
        List<Login> logins = loginConcurrently(SessionPolicy.EVICT_OLDEST, "u1");

        List<Login> byCheck = logins.stream().sorted(Comparator.comparing(l -> l.result().checkedAt())).toList();
        assertThat(byCheck).extracting(l -> l.result().checkedAt()).doesNotHaveDuplicates();
        List<Login> newest = byCheck.subList(LOGINS - MAX, LOGINS);
        List<Login> older = byCheck.subList(0, LOGINS - MAX);
        assertThat(newest).allSatisfy(l -> assertThat(l.result().success()).isTrue());
        assertThat(logins).allSatisfy(l -> assertThat(l.result().sessionCount()).isBetween(0L, (long) MAX));
        List<String> evicted = logins.stream().flatMap(l -> l.result().evictedSessionIds().stream()).toList();
        assertThat(evicted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(older));
        assertThat(liveHashes(logins)).isEqualTo(ids(newest));
        assertThat(sessions.getUserSessions("u1")).extracting(SessionData::sessionId)
                .containsExactlyInAnyOrderElementsOf(ids(newest));
        assertThat(sessions.getUserSessionCount("u1")).isEqualTo(MAX);
        assertEveryKeyHasTtl();

        expireThenLogInAgainAtOnce(logins, SessionPolicy.EVICT_OLDEST);
    }

    /** Shortens the live sessions to 300 ms, waits until their hashes are gone, then logs in 5 times at once. */
    private void expireThenLogInAgainAtOnce(List<Login> logins, SessionPolicy policy) {
        for (String id : liveHashes(logins)) {
            assertThat(sessions.touchSession(id, SHORT)).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> liveHashes(logins).isEmpty());

        SessionManager again = sessions(redweave,
                SessionConfig.builder().maxSessionsPerUser(MAX).policy(policy).build());
        for (int i = 1; i <= MAX; i++) {
            CreateSessionResult result = again.createSession("again-" + i, "u1");
            assertThat(result.success()).as("login %d after expiry: %s", i, result.error()).isTrue();
            assertThat(result.sessionCount()).isEqualTo(i);
            assertThat(result.evictedSessionIds()).isEmpty();
        }
        assertEveryKeyHasTtl();
    }

    @Test
    void createSession_atTheLimitWithEvictOldest_endsTheSessionThatExpiresFirst() {
        SessionManager evicting = sessions(redweave, SessionConfig.builder().maxSessionsPerUser(2)
                .policy(SessionPolicy.EVICT_OLDEST).build());
        evicting.createSession("a", "u1");
        evicting.createSession("b", "u1");
        evicting.touchSession("a"); // a was used last: b is now the oldest

        CreateSessionResult third = evicting.createSession("c", "u1");

        assertThat(third.success()).isTrue();
        assertThat(third.evictedSessionIds()).containsExactly("b");
        assertThat(third.sessionCount()).isEqualTo(2);
        assertThat(evicting.getSession("b")).isEmpty();
        assertThat(evicting.touchSession("b")).isFalse();
        assertThat(evicting.updateSession("b", SessionUpdate.builder().attribute("x", "y").build())).isFalse();
        assertThat(evicting.getUserSessions("u1")).extracting(SessionData::sessionId)
                .containsExactlyInAnyOrder("a", "c");
        assertEveryKeyHasTtl();
    }

    @Test
    void createSession_unlimited_acceptsAnyNumber() {
        SessionManager unlimited = sessions(redweave, SessionConfig.builder().unlimitedSessions().build());
        for (int i = 1; i <= 20; i++) {
            assertThat(unlimited.createSession("s-" + i, "u1").sessionCount()).isEqualTo(i);
        }
        assertThat(unlimited.getUserSessionCount("u1")).isEqualTo(20);
    }
}
