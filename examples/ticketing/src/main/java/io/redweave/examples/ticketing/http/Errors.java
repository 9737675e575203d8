package io.redweave.examples.ticketing.http;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeaveException;
import io.redweave.RedisConnectionException;
import io.redweave.SessionNotFoundException;
import io.redweave.examples.ticketing.catalog.NotFoundException;
import io.redweave.examples.ticketing.catalog.SoldOutException;
import io.redweave.examples.ticketing.service.LoginFailedException;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps exceptions to HTTP responses: bad input 400, no or a dead session 401, unknown things 404, sold out 409,
 * a rate limit 429 with {@code Retry-After}, Redis unreachable 503 with {@code Retry-After}, anything else 500.
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** The response for {@code failure}. */
    public static Response toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            return Response.error(api.status(), api.getMessage());
        }
        if (failure instanceof SessionNotFoundException || failure instanceof LoginFailedException) {
            return Response.error(401, failure.getMessage());
        }
        if (failure instanceof NotFoundException) {
            return Response.error(404, failure.getMessage());
        }
        if (failure instanceof SoldOutException) {
            return Response.error(409, failure.getMessage());
        }
        if (failure instanceof RateLimitExceededException limited) {
            return Response.error(429, failure.getMessage(),
                    Map.of("Retry-After", Long.toString(retryAfterSeconds(limited.retryAfter()))));
        }
        if (failure instanceof RedisConnectionException) {
            return Response.error(503, "Redis is unavailable, so this cannot be done now; try again shortly ("
                    + failure.getMessage() + ")", Map.of("Retry-After", "1"));
        }
        if (failure instanceof RedWeaveException) {
            LOG.warn("Redis refused a request: {}", failure.getMessage());
            return Response.error(500, failure.getMessage());
        }
        LOG.error("Request failed", failure);
        return Response.error(500, "internal error: " + failure);
    }

    /** {@code Retry-After} in whole seconds, rounded up: at least 1 for any positive delay. */
    public static long retryAfterSeconds(Duration retryAfter) {
        long millis = Math.max(1, retryAfter.toMillis());
        return (millis + 999) / 1000;
    }
}
