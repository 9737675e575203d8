/**
 * Distributed rate limiting: {@link io.redweave.ratelimit.RateLimiter} (sliding window, fixed window, token bucket
 * and GCRA, each one atomic Lua script on the Redis server's clock) and its answer,
 * {@link io.redweave.ratelimit.RateLimitResult}. See {@code docs/rate-limiter.md} for when to use which algorithm.
 */
package io.redweave.ratelimit;
