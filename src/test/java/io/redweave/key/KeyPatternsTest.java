package io.redweave.key;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPatternsTest {
    private final KeyBuilder keys = KeyBuilder.create();
    private final KeyPatterns patterns = keys.patterns();

    @Test
    void allSessions_matchesSessionsButNotSummaries() {
        KeyPattern pattern = patterns.allSessions();

        assertThat(pattern.glob()).isEqualTo("session:*");
        assertThat(pattern.matches(keys.session("s1"))).isTrue();
        assertThat(pattern.matches(keys.session("a:b"))).isTrue();
        assertThat(pattern.matches(keys.session("summary"))).isTrue();
        assertThat(pattern.matches(keys.sessionSummary("s1"))).isFalse();
        assertThat(patterns.allSessionSummaries().matches(keys.sessionSummary("s1"))).isTrue();
        assertThat(patterns.allSessionSummaries().matches(keys.session("s1"))).isFalse();
    }

    @Test
    void userSessions_isTheExactIndexKey() {
        KeyPattern pattern = patterns.userSessions("12");

        assertThat(pattern.glob()).isEqualTo("user:sessions:12");
        assertThat(pattern.hasGlob()).isFalse();
        assertThat(pattern.matches("user:sessions:12")).isTrue();
        assertThat(pattern.matches("user:sessions:123")).isFalse();
        assertThat(patterns.userSessions("*").glob()).isEqualTo("user:sessions:%2A");
        assertThat(patterns.allUserSessions().glob()).isEqualTo("user:sessions:*");
    }

    @Test
    void cachePatterns_coverTheirTypes() {
        assertThat(patterns.allCache().glob()).isEqualTo("cache:*");
        assertThat(patterns.allCache().matches(keys.cacheUser("u1"))).isTrue();
        assertThat(patterns.cacheByType("user").glob()).isEqualTo("cache:user:*");
        assertThat(patterns.cacheByType("user").matches(keys.cacheUser("u1"))).isTrue();
        assertThat(patterns.cacheByType("user").matches(keys.cacheVenue("u1"))).isFalse();
    }

    @Test
    void lockPatterns_separateGenericAndQueueLocks() {
        assertThat(patterns.allLocks().glob()).isEqualTo("lock:*");
        assertThat(patterns.allLocks().matches(keys.lock("r"))).isTrue();
        assertThat(patterns.allLocks().matches(keys.queueLock("q"))).isFalse();
        assertThat(patterns.allQueueLocks().glob()).isEqualTo("queue:lock:*");
        assertThat(patterns.allQueueLocks().matches(keys.queueLock("q"))).isTrue();
    }

    @Test
    void typedPatterns_encodeTheType_soAGlobTypeCannotWiden() {
        assertThat(patterns.rateLimitByType("api").glob()).isEqualTo("rl:api:*");
        assertThat(patterns.rateLimitByType("*").glob()).isEqualTo("rl:%2A:*");
        assertThat(patterns.rateLimitByType("ip").matches(keys.rateLimitIp("::1"))).isTrue();
        assertThat(patterns.analyticsBy("sales").glob()).isEqualTo("analytics:sales:*");
        assertThat(patterns.analyticsBy("sales").matches(keys.analytics("sales"))).isTrue();
        assertThat(patterns.cacheByType("[a]").glob()).isEqualTo("cache:%5Ba%5D:*");
    }

    @Test
    void patterns_withNamespace_startWithIt() {
        KeyBuilder namespaced = KeyBuilder.withNamespace("ticketing");
        KeyPatterns scoped = namespaced.patterns();

        assertThat(scoped.allSessions().glob()).isEqualTo("ticketing:session:*");
        assertThat(scoped.userSessions("u1").glob()).isEqualTo("ticketing:user:sessions:u1");
        assertThat(scoped.allCache().glob()).isEqualTo("ticketing:cache:*");
        assertThat(scoped.cacheByType("user").glob()).isEqualTo("ticketing:cache:user:*");
        assertThat(scoped.allLocks().glob()).isEqualTo("ticketing:lock:*");
        assertThat(scoped.rateLimitByType("api").glob()).isEqualTo("ticketing:rl:api:*");
        assertThat(scoped.analyticsBy("x").glob()).isEqualTo("ticketing:analytics:x:*");
        assertThat(scoped.allSessions().matches(namespaced.session("s"))).isTrue();
        assertThat(scoped.allSessions().matches(KeyBuilder.create().session("s"))).isFalse();
    }

    @Test
    void patterns_followCustomPrefixes() {
        KeyBuilder custom = KeyBuilder.builder().prefix(KeyPrefix.SESSION, "sess:").build();

        assertThat(custom.patterns().allSessions().glob()).isEqualTo("sess:*");
        assertThat(custom.patterns().allSessions()).hasToString("sess:*");
        assertThat(custom.patterns().allSessions()).isEqualTo(custom.patterns().allSessions());
    }
}
