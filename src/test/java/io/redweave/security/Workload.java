package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.HealthReport;
import io.redweave.RedWeave;
import io.redweave.cache.CacheManager;
import io.redweave.pubsub.PubSubManager;
import io.redweave.pubsub.Subscription;
import io.redweave.ratelimit.RateLimiter;
import io.redweave.reliability.Weaving;
import io.redweave.scan.Scanner;
import io.redweave.session.SessionManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every manager method and every annotation that the ACL rule of {@code docs/security.md} must allow, run once
 * against Redis; it throws at the first call Redis refuses.
 */
final class Workload {

    private Workload() {
    }

    /** Runs everything, with ids made unique by {@code run}, and checks each answer. */
    static void runAll(RedWeave redweave, String run) {
        cache(redweave.cache(), run);
        limits(redweave.rateLimiter(), run);
        sessions(redweave, redweave.sessions(), run);
        scanner(redweave, run);
        pubSub(redweave.pubSub(), run);
        HealthReport health = redweave.health();
        assertThat(health.healthy()).as("health: %s", health.error()).isTrue();
    }

    static void cache(CacheManager cache, String run) {
        cache.set(run + ":a", "A", Duration.ofMinutes(1));
        assertThat(cache.get(run + ":a", String.class)).contains("A");
        assertThat(cache.getOrFetch(run + ":b", String.class, () -> "B", Duration.ofMinutes(1))).isEqualTo("B");
        assertThat(cache.exists(run + ":a")).isTrue();
        assertThat(cache.ttl(run + ":a")).isPresent();
        assertThat(cache.expire(run + ":a", Duration.ofMinutes(2))).isTrue();
        cache.mset(Map.of(run + ":c", "C", run + ":d", "D"), Duration.ofMinutes(1));
        assertThat(cache.mget(List.of(run + ":c", run + ":d"), String.class)).hasSize(2);
        assertThat(cache.increment(run + ":n", 2, Duration.ofMinutes(1))).isEqualTo(2);
        assertThat(cache.decrement(run + ":n", 1, Duration.ofMinutes(1))).isEqualTo(1);
        cache.setHash(run + ":h", Map.of("f", "v"), Duration.ofMinutes(1));
        assertThat(cache.getHash(run + ":h", Map.class)).isPresent();
        assertThat(cache.keys(run + ":*", 100)).isNotEmpty();
        assertThat(cache.delete(run + ":a")).isTrue();
        assertThat(cache.invalidate(run + ":c*")).isEqualTo(1);
        cache.set(run + ":bad", "x", Duration.ofMinutes(1));
        assertThat(cache.get(run + ":bad", Integer.class)).isEmpty();
        assertThat(cache.clear()).isPositive();
    }

    static void limits(RateLimiter limiter, String run) {
        assertThat(limiter.slidingWindow(run, 10, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(limiter.fixedWindow(run, 10, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(limiter.tokenBucket(run, 10, 1).allowed()).isTrue();
        assertThat(limiter.gcra(run, 10, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(limiter.check(run, 10, Duration.ofMinutes(1)).allowed()).isTrue();
        assertThat(limiter.getUsage(run, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(limiter.reset(run)).isTrue();
    }

    static void sessions(RedWeave redweave, SessionManager sessions, String run) {
        String user = "u-" + run;
        assertThat(sessions.createSession("s1-" + run, user).success()).isTrue();
        assertThat(sessions.createSession("s2-" + run, user).success()).isTrue();
        assertThat(sessions.getSession("s1-" + run)).isPresent();
        assertThat(sessions.updateSession("s1-" + run, Map.of("venueId", "v-1"))).isTrue();
        assertThat(sessions.touchSession("s1-" + run)).isTrue();
        assertThat(sessions.recordPageView("s1-" + run)).isTrue();
        assertThat(sessions.addEvent("s1-" + run, "click", Map.of("x", 1))).isTrue();
        assertThat(sessions.getUserSessions(user)).hasSize(2);
        assertThat(sessions.getUserSessionCount(user)).isEqualTo(2);

        AppService app = Weaving.weave(redweave, AppService.class, new AppService.Impl());
        assertThat(app.profile(run)).isEqualTo(app.profile(run));
        assertThat(app.login(run)).isEqualTo("welcome " + run);
        app.rename(run);
        assertThat(app.whoAmI("s1-" + run)).isEqualTo(user);

        assertThat(sessions.deleteSession("s1-" + run)).isTrue();
        assertThat(sessions.deleteUserSessions(user)).isEqualTo(1);
    }

    static void scanner(RedWeave redweave, String run) {
        String pattern = redweave.keys().qualify("cache:" + run + ":scan:*");
        redweave.cache().set(run + ":scan:1", "x", Duration.ofMinutes(1));
        Scanner scanner = redweave.scanner();
        assertThat(scanner.scanKeys(pattern, 10)).hasSize(1);
        assertThat(scanner.scanCount(pattern)).isEqualTo(1);
        assertThat(scanner.scanKeyInfo(pattern, 10)).hasSize(1);
        assertThat(scanner.scanAndDelete(pattern)).isEqualTo(1);
    }

    static void pubSub(PubSubManager pubSub, String run) {
        Queue<String> received = new ConcurrentLinkedQueue<>();
        String channel = "events:" + run;
        Subscription exact = pubSub.subscribe(channel, String.class, m -> received.add("exact " + m.data()));
        Subscription pattern = pubSub.psubscribe("events:*", String.class, m -> received.add("pattern " + m.data()));
        await().atMost(Duration.ofSeconds(5)).until(() -> pubSub.publish(channel, "hi") >= 1
                && received.contains("exact hi") && received.contains("pattern hi"));
        assertThat(pubSub.numSubscribers(channel)).isEqualTo(1);
        assertThat(pubSub.channels("events:*")).contains(channel);
        exact.close();
        pattern.close();
    }
}
