package io.redweave;

import java.time.Duration;

/**
 * What {@link RedWeave#health()} found: whether Redis answered, how fast, and a few server figures.
 *
 * <p>In Cluster mode the figures cover every node: memory and clients are summed, latency is the slowest
 * node's, and the report is healthy only if every node answered.
 *
 * @param healthy          whether every node answered {@code PING}
 * @param latency          the measured {@code PING} round trip (the slowest node's in a cluster)
 * @param serverVersion    {@code redis_version} from {@code INFO server}, or {@code "unknown"}
 * @param mode             how RedWeave reaches Redis
 * @param usedMemoryBytes  {@code used_memory} from {@code INFO memory}
 * @param connectedClients {@code connected_clients} from {@code INFO clients}
 * @param nodes            how many nodes were asked (1 unless in a cluster)
 * @param error            why the report is unhealthy, or {@code null}
 */
public record HealthReport(boolean healthy, Duration latency, String serverVersion, RedisMode mode,
        long usedMemoryBytes, long connectedClients, int nodes, String error) {

    /** A report for a Redis that could not be asked; never carries credentials. */
    public static HealthReport unhealthy(RedisMode mode, Duration latency, String error) {
        return new HealthReport(false, latency, "unknown", mode, 0, 0, 0, error);
    }
}
