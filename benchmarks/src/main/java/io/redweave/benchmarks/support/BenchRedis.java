package io.redweave.benchmarks.support;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * A real Redis for one benchmark fork, started the way RedWeave's tests start one ({@link RedisServers}:
 * {@code REDIS_URL}, Docker, a {@code redis-server} on the {@code PATH}, or the binary in the embedded-redis jar),
 * plus an admin connection for {@code INFO}, {@code CONFIG}, {@code SLOWLOG} and {@code MEMORY USAGE}.
 *
 * <p>Every client of a benchmark (RedWeave, raw Jedis, Spring, Bucket4j) gets a pool of {@link #POOL_SIZE}
 * connections, so all of them run at equal concurrency.
 */
public final class BenchRedis implements AutoCloseable {
    /** The pool size of every client, as in the anchors. */
    public static final int POOL_SIZE = 32;

    private final RedisServer server;
    private final Jedis admin;

    private BenchRedis(RedisServer server) {
        this.server = server;
        this.admin = new Jedis(URI.create(server.uri()));
    }

    /** Starts (or connects to) a clean server. */
    public static BenchRedis start() {
        BenchRedis redis = new BenchRedis(RedisServers.startStandalone());
        redis.admin.flushAll();
        return redis;
    }

    /** The server's URI, {@code redis://127.0.0.1:port}. */
    public String uri() {
        return server.uri();
    }

    /** The host. */
    public String host() {
        return server.host();
    }

    /** The port. */
    public int port() {
        return server.port();
    }

    /** The admin connection (not for measured calls). */
    public Jedis admin() {
        return admin;
    }

    /** RedWeave's configuration for this server, with the shared pool size. */
    public RedisConfig config() {
        return RedisConfig.builder().url(server.uri()).poolSize(POOL_SIZE).build();
    }

    /** A plain pooled Jedis client (the raw baseline), with the shared pool size. */
    public RedisClient rawClient() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(POOL_SIZE);
        pool.setMaxIdle(POOL_SIZE);
        return RedisClient.builder().hostAndPort(new HostAndPort(server.host(), server.port()))
                .clientConfig(DefaultJedisClientConfig.builder().build()).poolConfig(pool).build();
    }

    /** {@code redis_version} of the server. */
    public String version() {
        return info("server").getOrDefault("redis_version", "?");
    }

    /** One section of {@code INFO} as a map. */
    public Map<String, String> info(String section) {
        Map<String, String> values = new HashMap<>();
        for (String line : admin.info(section).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    /** The calls of every command since the last {@link #resetStats()}, from {@code INFO commandstats}. */
    public CommandStats commandStats() {
        return CommandStats.parse(admin.info("commandstats"));
    }

    /** {@code CONFIG RESETSTAT}. */
    public void resetStats() {
        admin.configResetStat();
    }

    @Override
    public void close() {
        admin.close();
        server.close();
    }
}
