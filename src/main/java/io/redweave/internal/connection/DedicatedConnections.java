package io.redweave.internal.connection;

import io.redweave.RedisConfig;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Opens connections outside the pool, for blocking commands and subscriptions, so they never hold up other
 * commands and are not cut off by the normal socket timeout. The caller owns and closes each connection;
 * {@link #close()} (when RedWeave closes) closes the ones still open, which ends any call blocked on them.
 */
public final class DedicatedConnections implements AutoCloseable {
    private final RedisConfig config;
    private final UnifiedJedis client;
    private final JedisClientConfig clientConfig;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    public DedicatedConnections(RedisConfig config, UnifiedJedis client) {
        this.config = config;
        this.client = client;
        this.clientConfig = ClientFactory.clientConfig(config);
    }

    /**
     * Opens a connection to the node that serves {@code key} (any node for {@code null}), whose socket timeout
     * is {@code blockMillis} plus the normal timeout, so a command that blocks that long is not cut off.
     */
    public Connection open(String key, long blockMillis) {
        Connection connection = new Tracked(nodeFor(key), clientConfig, open);
        open.add(connection);
        long timeout = blockMillis + config.timeout().toMillis();
        connection.setSoTimeout(timeout > Integer.MAX_VALUE || blockMillis == 0 ? 0 : (int) timeout);
        return connection;
    }

    private HostAndPort nodeFor(String key) {
        if (client instanceof RedisClusterClient) {
            RedisClusterClient cluster = (RedisClusterClient) client;
            int slot = key == null ? 0 : JedisClusterCRC16.getSlot(key);
            try (Connection pooled = cluster.getConnectionFromSlot(slot)) {
                return pooled.getHostAndPort();
            }
        }
        if (client instanceof RedisSentinelClient) {
            return ((RedisSentinelClient) client).getCurrentMaster();
        }
        return new HostAndPort(config.host(), config.port());
    }

    /** How many dedicated connections are open now. */
    public int openCount() {
        return open.size();
    }

    /** Closes every dedicated connection still open. */
    @Override
    public void close() {
        for (Connection connection : open) {
            connection.close();
        }
    }

    /** A connection that leaves the open set when it is closed. */
    private static final class Tracked extends Connection {
        private final Set<Connection> open;

        Tracked(HostAndPort node, JedisClientConfig config, Set<Connection> open) {
            super(node, config);
            this.open = open;
        }

        @Override
        public void close() {
            open.remove(this);
            super.close();
        }
    }
}
