package io.redweave.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/rate-limiter.md, run against a real Redis: each region between {@code // example: name} and
 * {@code // end} is the text of the page's block after {@code <!-- example: name -->} (checked for every page by
 * {@code io.redweave.docs.DocSnippetsTest}).
 */
@RedisTest
class RateLimiterSnippetsTest {
    private final RedisServer server;

    RateLimiterSnippetsTest(RedisServer server) {
        this.server = server;
    }

    @Test
    void documentationExamples_runAsWritten() {
        server.flushAll();
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build()) {
            // example: rate-limiter-sliding
            RateLimiter limiter = redweave.rateLimiter();

            // 100 requests per user in any minute, exactly.
            RateLimitResult result = limiter.slidingWindow("api:user:42", 100, Duration.ofMinutes(1));
            if (!result.allowed()) {
                long retryAfterSeconds = result.retryAfter().toSeconds() + 1;  // for an HTTP Retry-After header
                System.out.println("429, retry in " + retryAfterSeconds + " s");
            }
            // end
            assertThat(result).extracting("allowed", "remaining", "limit", "current")
                    .containsExactly(true, 99L, 100L, 1L);

            // example: rate-limiter-fixed
            // 5 login attempts per IP address per 15 minutes; the sixth throws RateLimitExceededException.
            for (int attempt = 1; attempt <= 5; attempt++) {
                limiter.fixedWindow("login:10.0.0.1", 5, Duration.ofMinutes(15)).orThrow("login:10.0.0.1");
            }
            // end
            assertThatThrownBy(() -> limiter.fixedWindow("login:10.0.0.1", 5, Duration.ofMinutes(15))
                    .orThrow("login:10.0.0.1")).isInstanceOf(RateLimitExceededException.class);

            // example: rate-limiter-bucket
            // Exports: bursts of up to 10 tokens, refilled at one token every 2 seconds; a big export costs 3.
            RateLimitResult export = limiter.tokenBucket("export:tenant:7", 10, 0.5, 3);
            // end
            assertThat(export).extracting("allowed", "remaining").containsExactly(true, 7L);

            // example: rate-limiter-gcra
            // SMS: 5 per minute per phone number, evenly spaced (one every 12 s) after a burst of 5.
            RateLimitResult sms = limiter.gcra("sms:+15550100", 5, Duration.ofMinutes(1));
            // Or: a burst of 2 only, and this message takes 1 permit.
            RateLimitResult strict = limiter.gcra("sms:+15550199", 5, Duration.ofMinutes(1), 2, 1);
            // end
            assertThat(sms.remaining()).isEqualTo(4);
            assertThat(strict.remaining()).isEqualTo(1);

            // example: rate-limiter-read
            RateLimitResult wouldPass = limiter.check("api:user:42", 100, Duration.ofMinutes(1));  // records nothing
            long used = limiter.getUsage("api:user:42", Duration.ofMinutes(1));                    // 1
            boolean hadState = limiter.reset("api:user:42");                                        // true
            // end
            assertThat(wouldPass.allowed()).isTrue();
            assertThat(used).isEqualTo(1);
            assertThat(hadState).isTrue();
        }
    }
}
