package io.redweave.test;

import java.time.Duration;
import java.util.List;

/**
 * Starts real Redis servers, clusters and Sentinel deployments without JUnit, for example programs and benchmarks.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServers.startStandalone()) {
 *     run(redis.uri());
 * }
 * }</pre>
 *
 * <p>Every server started here is also stopped by a JVM shutdown hook, and a server whose JVM was killed is
 * reaped by the next start on the machine (see {@code docs/testing.md}).
 */
public final class RedisServers {

    /** The default {@code cluster-node-timeout} of cluster nodes. */
    public static final Duration DEFAULT_NODE_TIMEOUT = Duration.ofMillis(2_000);

    /** The default name the Sentinels monitor the master under. */
    public static final String DEFAULT_MASTER_NAME = "mymaster";

    private RedisServers() {
    }

    /**
     * Starts (or connects to) a clean standalone server, from the first of these that is available:
     * <ol>
     *   <li>the server at {@code REDIS_URL} or system property {@code redweave.test.redis.url}, which is flushed
     *       and cannot be stopped ({@link RedisServer#canRestart()} is false);</li>
     *   <li>a Testcontainers container (image {@code redweave.test.redis.image}, default
     *       {@code redis:7.2-alpine}) when a Docker engine answers;</li>
     *   <li>a {@code redis-server} on the {@code PATH};</li>
     *   <li>the Redis 6.2 binary shipped in the {@code com.github.codemonstur:embedded-redis} jar.</li>
     * </ol>
     * System property {@code redweave.test.redis.provider} ({@code url}, {@code docker}, {@code path} or
     * {@code embedded}) forces one of them. Local servers listen on a free port of {@code 127.0.0.1}, persist
     * nothing and write their log into their own temporary directory.
     *
     * @throws RedisTestException if no server can be started or reached
     */
    public static RedisServer startStandalone() {
        return Provisioner.current().standalone();
    }

    /**
     * Starts a clean standalone server as a local {@code redis-server} process (the binary is chosen as for
     * {@link #startCluster(int, int, Duration)}, never a container or {@code REDIS_URL}), with {@code extraArgs}
     * added to its command line, such as TLS options ({@code --tls-port}, {@code --tls-cert-file}, ...) or
     * {@code --maxmemory}. The server still listens on its plain port too, where it answers {@code PING} without
     * credentials; the extra options are kept when it is restarted.
     *
     * @throws RedisTestException if the server cannot be started, for example because an option is unknown to it
     */
    public static RedisServer startLocal(List<String> extraArgs) {
        Provisioner provisioner = Provisioner.current();
        List<String> args = List.copyOf(extraArgs);
        return ProcessServer.start(provisioner.localBinary(), provisioner.settings(), provisioner.ports(),
                port -> args);
    }

    /**
     * Starts a Redis Cluster of local processes, with {@link #DEFAULT_NODE_TIMEOUT}; see
     * {@link #startCluster(int, int, Duration)}.
     */
    public static RedisCluster startCluster(int masters, int replicasPerMaster) {
        return startCluster(masters, replicasPerMaster, DEFAULT_NODE_TIMEOUT);
    }

    /**
     * Starts a Redis Cluster of local {@code redis-server} processes on loopback ports and returns once it is
     * healthy: every node reports {@code cluster_state:ok}, knows every other node and agrees on the slot map,
     * and every replica is in sync. The nodes run the {@code redis-server} on the {@code PATH}, else the embedded
     * binary (also when the standalone provider is {@code url} or {@code docker}); with
     * {@code redweave.test.redis.provider=embedded}, always the embedded binary.
     *
     * @param masters the number of masters, at least 3; the 16384 slots are split evenly between them
     * @param replicasPerMaster the number of replicas of each master, 0 or more
     * @param nodeTimeout the {@code cluster-node-timeout}, at least 100 ms
     * @throws IllegalArgumentException if a number is out of range
     * @throws RedisTestException if the cluster cannot be started or does not become healthy in 30 seconds
     */
    public static RedisCluster startCluster(int masters, int replicasPerMaster, Duration nodeTimeout) {
        return LocalCluster.start(Provisioner.current(), masters, replicasPerMaster, nodeTimeout);
    }

    /**
     * Starts a Sentinel deployment whose master is monitored as {@link #DEFAULT_MASTER_NAME}; see
     * {@link #startSentinel(int, int, String)}.
     */
    public static RedisSentinel startSentinel(int replicas, int sentinels) {
        return startSentinel(replicas, sentinels, DEFAULT_MASTER_NAME);
    }

    /**
     * Starts a Redis Sentinel deployment of local {@code redis-server} processes on loopback ports: a master, its
     * replicas, then the Sentinels ({@code redis-server <config> --sentinel}, each with a writable config file in its
     * own directory, quorum a majority, {@code down-after-milliseconds 1000}, {@code failover-timeout 2000}). Returns
     * once every replica is in sync and every Sentinel names the master and knows the replicas and the other
     * Sentinels. The binary is chosen as for {@link #startCluster(int, int, Duration)}.
     *
     * @param replicas the number of replicas, 0 to 8; a failover needs at least 1
     * @param sentinels the number of Sentinels, 1 to 9
     * @param masterName the name the Sentinels monitor the master under: letters, digits, '.', '_' and '-'
     * @throws IllegalArgumentException if a value is out of range
     * @throws RedisTestException if a process cannot be started or the Sentinels are not ready in 30 seconds
     */
    public static RedisSentinel startSentinel(int replicas, int sentinels, String masterName) {
        return LocalSentinel.start(Provisioner.current(), replicas, sentinels, masterName);
    }
}
