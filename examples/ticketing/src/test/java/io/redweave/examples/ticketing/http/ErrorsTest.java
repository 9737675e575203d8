package io.redweave.examples.ticketing.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RateLimitExceededException;
import io.redweave.RedisConnectionException;
import io.redweave.SessionNotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorsTest {

    @Test
    void retryAfterSeconds_roundsUp_toAtLeastOneSecond() {
        assertThat(Errors.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(Errors.retryAfterSeconds(Duration.ofMillis(1_000))).isEqualTo(1);
        assertThat(Errors.retryAfterSeconds(Duration.ofMillis(1_001))).isEqualTo(2);
        assertThat(Errors.retryAfterSeconds(Duration.ofMillis(59_821))).isEqualTo(60);
        assertThat(Errors.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
    }

    @Test
    void toResponse_mapsRedWeaveExceptionsToStatuses() {
        Response limited = Errors.toResponse(new RateLimitExceededException("purchase:s", 3, 3,
                Duration.ofMillis(1_500)));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers()).containsEntry("Retry-After", "2");
        assertThat(Errors.toResponse(new SessionNotFoundException("s")).status()).isEqualTo(401);
        Response down = Errors.toResponse(new RedisConnectionException("Could not reach 127.0.0.1:6379"));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.headers()).containsEntry("Retry-After", "1");
        assertThat(Errors.toResponse(ApiException.badRequest("bad")).status()).isEqualTo(400);
    }
}
