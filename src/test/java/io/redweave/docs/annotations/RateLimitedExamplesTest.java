package io.redweave.docs.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.annotation.RateLimited;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/annotations/rate-limited.md}, and the behaviour the page describes. */
@RedisTest
class RateLimitedExamplesTest {
    private RedWeave redweave;
    private SearchApi api;

    @BeforeEach
    void connect(RedisServer server) {
        redweave = Woven.redweave(server);
        api = Woven.woven(redweave, SearchApi.class);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    // example: rate-limited-429
    static Reply search(SearchApi api, String userId, String query) {
        try {
            return new Reply(200, Map.of(), String.join("\n", api.search(userId, query)));
        } catch (RateLimitExceededException e) {
            long seconds = (e.retryAfter().toMillis() + 999) / 1000;     // Retry-After: whole seconds, rounded up
            return new Reply(429, Map.of("Retry-After", Long.toString(seconds)), e.getMessage());
        }
    }
    // end

    @Test
    void theHundredAndFirstSearchInAMinute_isA429_withRetryAfter() {
        for (int call = 1; call <= 100; call++) {
            assertThat(search(api, "alice", "jazz").status()).isEqualTo(200);
        }
        Reply refused = search(api, "alice", "jazz");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.body()).startsWith("Rate limit exceeded for key 'search:alice': 100 of 100 used; retry after ");
        assertThat(search(api, "bob", "jazz").status()).as("another user's limit").isEqualTo(200);
        assertThat(redweave.client().pttl("rl:sw:search:alice")).isPositive();
    }

    @Test
    void everyAlgorithm_admitsWhatThePageSays() {
        for (int login = 1; login <= 5; login++) {
            assertThat(api.login("10.0.0.1", "alice")).isTrue();
        }
        assertThatThrownBy(() -> api.login("10.0.0.1", "alice")).isInstanceOf(RateLimitExceededException.class);

        for (int export = 1; export <= 3; export++) {
            api.export("acme");
        }
        assertThatThrownBy(() -> api.export("acme")).isInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> assertThat(((RateLimitExceededException) e).limit()).isEqualTo(10));

        for (int sms = 1; sms <= 5; sms++) {
            api.sendSms("+15550100", "Doors open at 7");
        }
        assertThatThrownBy(() -> api.sendSms("+15550100", "Doors open at 7"))
                .isInstanceOf(RateLimitExceededException.class)
                .satisfies(e -> assertThat(((RateLimitExceededException) e).retryAfter().toMillis())
                        .isBetween(11_000L, 12_000L));

        assertThat(api.status()).isEqualTo("ok");
        assertThat(redweave.client().exists("rl:fw:login:10.0.0.1")).isTrue();
        assertThat(redweave.client().exists("rl:tb:export:acme")).isTrue();
        assertThat(redweave.client().exists("rl:gcra:sms:+15550100")).isTrue();
        assertThat(redweave.client().exists("rl:sw:io.redweave.docs.annotations.SearchApi.status()")).isTrue();
    }

    @Test
    void permitsAboveTheLimit_failAtWeaveTime() {
        assertThatThrownBy(() -> redweave.enhance(TooCostly.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@RateLimited(permits = 11) on ")
                .hasMessageContaining("is invalid: it must not exceed limit = 10");
    }

    /** A call that could never be admitted. */
    public static class TooCostly {
        /** Costs more than the limit. */
        @RateLimited(key = "x:{id}", limit = 10, window = 60, permits = 11)
        public String x(String id) {
            return id;
        }
    }
}
