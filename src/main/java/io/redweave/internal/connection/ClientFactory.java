package io.redweave.internal.connection;

import io.redweave.RedisAuthenticationException;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.RedisEndpoint;
import io.redweave.internal.RedisErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** Opens the Jedis client for a {@link RedisConfig}, with bounded timeouts, and proves it answers. */
public final class ClientFactory {
    private static final int CLUSTER_MAX_ATTEMPTS = 3;

    private ClientFactory() {
    }

    /** The per-connection settings: timeouts, credentials, database, TLS, client name. */
    public static JedisClientConfig clientConfig(RedisConfig config) {
        return baseConfig(config)
                .user(config.username())
                .password(config.password())
                .database(config.database())
                .clientName("redweave")
                .build();
    }

    /**
     * Opens a client and checks that Redis answers.
     *
     * @throws RedisConnectionException naming the target (never the password) when Redis cannot be reached
     * @throws RedisAuthenticationException when Redis refuses the credentials or the user may not {@code PING}
     */
    public static UnifiedJedis open(RedisConfig config) {
        UnifiedJedis client = null;
        try {
            client = create(config);
            client.ping();
            return client;
        } catch (JedisException e) {
            if (client != null) {
                client.close();
            }
            if (RedisErrors.isAccessDenied(e)) {
                throw new RedisAuthenticationException("Redis at " + config.describeTarget() + " refused user '"
                        + (config.username() == null ? "default" : config.username()) + "': " + e.getMessage()
                        + ". Check the user name and password (REDIS_USERNAME, REDIS_PASSWORD or the URL's user"
                        + " info) and the user's ACL rule (docs/security.md); retrying does not help.", e);
            }
            throw new RedisConnectionException("Cannot connect to " + config.describeTarget() + " within "
                    + config.timeout().toMillis() + " ms: " + e.getMessage()
                    + ". Check that Redis is running there and that host, port, credentials and TLS are right.", e);
        }
    }

    private static UnifiedJedis create(RedisConfig config) {
        JedisClientConfig clientConfig = clientConfig(config);
        ConnectionPoolConfig pool = poolConfig(config);
        switch (config.mode()) {
            case CLUSTER:
                return RedisClusterClient.builder()
                        .nodes(hostsAndPorts(config.clusterNodes()))
                        .clientConfig(clientConfig)
                        .poolConfig(pool)
                        .maxAttempts(CLUSTER_MAX_ATTEMPTS)
                        .maxTotalRetriesDuration(config.timeout().multipliedBy(CLUSTER_MAX_ATTEMPTS))
                        .build();
            case SENTINEL:
                return RedisSentinelClient.builder()
                        .masterName(config.sentinelMaster())
                        .sentinels(hostsAndPorts(config.sentinelNodes()))
                        .clientConfig(clientConfig)
                        .sentinelClientConfig(baseConfig(config).serverDefaultProtocol().build())
                        .poolConfig(pool)
                        .build();
            default:
                return RedisClient.builder()
                        .hostAndPort(config.host(), config.port())
                        .clientConfig(clientConfig)
                        .poolConfig(pool)
                        .build();
        }
    }

    /** Timeouts and TLS, shared by data connections and Sentinel connections. */
    private static DefaultJedisClientConfig.Builder baseConfig(RedisConfig config) {
        int timeoutMillis = Math.toIntExact(config.timeout().toMillis());
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis);
        return config.tls() ? builder.sslOptions(SslOptions.defaults()) : builder;
    }

    private static ConnectionPoolConfig poolConfig(RedisConfig config) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(config.poolSize());
        pool.setMaxIdle(config.poolSize());
        pool.setMinIdle(0);
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(config.poolMaxWait());
        pool.setTestWhileIdle(true);
        return pool;
    }

    static Set<HostAndPort> hostsAndPorts(List<RedisEndpoint> endpoints) {
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        for (RedisEndpoint endpoint : endpoints) {
            nodes.add(new HostAndPort(endpoint.host(), endpoint.port()));
        }
        return nodes;
    }
}
