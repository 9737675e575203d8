/**
 * The Jedis-backed {@link io.redweave.ratelimit.RateLimiter}: {@link io.redweave.internal.ratelimit.JedisRateLimiter}
 * runs one Lua script per check ({@code rl-sliding-window}, {@code rl-sliding-check}, {@code rl-fixed-window},
 * {@code rl-token-bucket}, {@code rl-gcra}) on the key laid out by {@code RateLimitKeys}, after
 * {@code RateLimitArguments} has validated every value.
 */
package io.redweave.internal.ratelimit;
