package io.redweave.test;

import java.util.OptionalLong;

/**
 * A real Redis server that a test talks to: where it listens, where it came from, and control over its life.
 *
 * <p>Servers are obtained from {@link RedisTest} (by parameter injection) or from
 * {@link RedisServers#startStandalone()}. {@link #close()} stops the server for good and deletes its working
 * directory; {@link #stop()} and {@link #kill()} only end the process, so that {@link #start()} can bring it back
 * on the same port. An external server ({@code REDIS_URL}) cannot be stopped: check {@link #canRestart()} first,
 * for example with {@code assumeTrue(redis.canRestart())}.
 */
public interface RedisServer extends AutoCloseable {

    /** The host to connect to; {@code 127.0.0.1} for local servers. */
    String host();

    /** The TCP port the server listens on; it does not change across {@link #stop()} and {@link #start()}. */
    int port();

    /**
     * A URI for clients, like {@code redis://127.0.0.1:6390}; for an external server, the configured URL
     * (which may carry a password: do not log it).
     */
    String uri();

    /** Where the server came from: {@code "url"}, {@code "docker"}, {@code "path"} or {@code "embedded"}. */
    String provider();

    /** Whether {@link #stop()}, {@link #kill()} and {@link #start()} are supported; false for an external server. */
    boolean canRestart();

    /** The process id of a local {@code redis-server} process while it runs; empty otherwise. */
    OptionalLong pid();

    /**
     * Stops the server gracefully; when this returns, the process is gone and the port refuses connections.
     * Does nothing if the server is not running.
     *
     * @throws UnsupportedOperationException if {@link #canRestart()} is false
     */
    void stop();

    /**
     * Starts a stopped or killed server again on the same port and returns once it answers {@code PING}.
     * Does nothing if the server is running. A restarted server is empty (nothing is persisted), except that a
     * cluster node keeps its cluster configuration and rejoins its cluster, and a Sentinel keeps the config it
     * rewrote; a data server of a {@link RedisSentinel} deployment restarts as a replica of the current master.
     *
     * @throws UnsupportedOperationException if {@link #canRestart()} is false
     * @throws RedisTestException if the port was taken meanwhile or the server does not come up
     */
    void start();

    /**
     * Kills the server abruptly (SIGKILL, no shutdown of any kind); when this returns, the process is gone.
     *
     * @throws UnsupportedOperationException if {@link #canRestart()} is false
     */
    void kill();

    /** Whether the server process is alive (for an external server: whether it answers {@code PING}). */
    boolean isRunning();

    /** Deletes every key in every database ({@code FLUSHALL}). */
    void flushAll();

    /**
     * Stops the server for good and deletes its working directory; an external server is left running.
     * Closing twice does nothing.
     */
    @Override
    void close();
}
