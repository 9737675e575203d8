package io.redweave.test;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * A real Redis Cluster of local {@code redis-server} processes on loopback ports.
 *
 * <p>Clusters are obtained from {@link RedisClusterTest} (by parameter injection) or from
 * {@link RedisServers#startCluster(int, int)}. Each node is a {@link RedisServer} that can be stopped, killed and
 * started again; a restarted node keeps its {@code nodes-<port>.conf} and rejoins the cluster.
 * {@link #close()} stops every node and deletes their directories.
 */
public interface RedisCluster extends AutoCloseable {

    /** Every node: the masters first, in slot order, then the replicas. */
    List<RedisServer> nodes();

    /**
     * The nodes that were started as masters, in slot order: master {@code i} was given the {@code i}-th
     * even share of the 16384 slots. Roles are those assigned at start; after a failover, ask the nodes.
     */
    List<RedisServer> masters();

    /**
     * The nodes that were started as replicas: for {@code r} replicas per master, replicas
     * {@code i*r .. i*r+r-1} replicate master {@code i}.
     */
    List<RedisServer> replicas();

    /** The nodes as {@code "127.0.0.1:p1,127.0.0.1:p2,..."}, the format of {@code REDIS_CLUSTER_NODES}. */
    String seedNodes();

    /** The nodes as socket addresses, in the order of {@link #nodes()}. */
    List<InetSocketAddress> seeds();

    /** Deletes every key on every running master ({@code FLUSHALL}); replicas follow their masters. */
    void flushAll();

    /**
     * Waits until every running node reports {@code cluster_state:ok}, knows every other node without failure
     * flags, and agrees with the others on the slot map; for example after a test restarted a node.
     *
     * @throws RedisTestException if that does not happen within 30 seconds
     */
    void awaitHealthy();

    /** Stops every node for good and deletes their working directories. Closing twice does nothing. */
    @Override
    void close();
}
