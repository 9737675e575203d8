package io.redweave.test;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * A real Redis Sentinel deployment of local processes on loopback ports: one master, its replicas, and the
 * Sentinels that monitor it under {@link #masterName()}.
 *
 * <p>Deployments are obtained from {@link RedisSentinelTest} (by parameter injection) or from
 * {@link RedisServers#startSentinel(int, int, String)}. Every process is a {@link RedisServer} that can be stopped,
 * killed and started again. Roles are those assigned at start: after a failover, {@link #master()} is still the
 * server that was started as master, and {@link #awaitMaster()} tells which server is the master now.
 * {@link #close()} stops every process and deletes their directories.
 */
public interface RedisSentinel extends AutoCloseable {

    /** The name under which the Sentinels monitor the master, such as {@code "mymaster"}. */
    String masterName();

    /** The server started as master. */
    RedisServer master();

    /** The servers started as replicas of {@link #master()}. */
    List<RedisServer> replicas();

    /**
     * The Sentinel processes ({@code redis-server <config> --sentinel}); they answer {@code SENTINEL} commands,
     * not data commands, so {@link RedisServer#flushAll()} fails on them.
     */
    List<RedisServer> sentinels();

    /** The Sentinels as {@code "127.0.0.1:p1,127.0.0.1:p2,..."}, the format of {@code REDIS_SENTINEL_NODES}. */
    String sentinelNodes();

    /** The Sentinels as socket addresses, in the order of {@link #sentinels()}. */
    List<InetSocketAddress> sentinelAddresses();

    /**
     * Waits until every running Sentinel names the same master, that server runs and reports {@code role:master},
     * and every other running data server is its replica with {@code master_link_status:up}; for example after a
     * test killed the master and the Sentinels failed over.
     *
     * @return the server that is the master now
     * @throws RedisTestException if that does not happen within 30 seconds
     */
    RedisServer awaitMaster();

    /** Deletes every key on the current master ({@code FLUSHALL}); its replicas follow. */
    void flushAll();

    /** Stops every process for good and deletes their working directories. Closing twice does nothing. */
    @Override
    void close();
}
