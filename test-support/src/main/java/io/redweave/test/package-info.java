/**
 * Real Redis servers, Redis Clusters and Sentinel deployments for tests: a JUnit 5 extension
 * ({@link io.redweave.test.RedisTest}, {@link io.redweave.test.RedisClusterTest},
 * {@link io.redweave.test.RedisSentinelTest}) and a plain-Java entry point ({@link io.redweave.test.RedisServers}).
 *
 * <p>A server comes from {@code REDIS_URL}, from Testcontainers when a Docker engine answers, from a
 * {@code redis-server} on the {@code PATH}, or from the Redis binary shipped in the {@code embedded-redis} jar,
 * in that order. {@link io.redweave.test.FaultProxy} puts a TCP proxy that injects latency, drops, resets and
 * half-open connections between a client and a server. Everything else in this package is machinery and
 * package-private.
 */
package io.redweave.test;
