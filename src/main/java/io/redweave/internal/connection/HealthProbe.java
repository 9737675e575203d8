package io.redweave.internal.connection;

import io.redweave.HealthReport;
import io.redweave.RedisMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

/** Measures {@code PING} and reads {@code INFO} (one call, default sections) on every node. Never throws. */
public final class HealthProbe {
    private final UnifiedJedis client;
    private final RedisMode mode;

    public HealthProbe(UnifiedJedis client, RedisMode mode) {
        this.client = client;
        this.mode = mode;
    }

    public HealthReport check() {
        long start = System.nanoTime();
        try {
            if (client instanceof RedisClusterClient) {
                return checkCluster(((RedisClusterClient) client).getClusterNodes());
            }
            long pingStart = System.nanoTime();
            client.ping();
            Duration latency = Duration.ofNanos(System.nanoTime() - pingStart);
            return report(latency, new ServerInfo(client.info()), 1);
        } catch (RuntimeException e) {
            return HealthReport.unhealthy(mode, Duration.ofNanos(System.nanoTime() - start), describe(e));
        }
    }

    private HealthReport checkCluster(Map<String, ConnectionPool> nodes) {
        if (nodes.isEmpty()) {
            return HealthReport.unhealthy(mode, Duration.ZERO, "the cluster client knows no nodes");
        }
        Duration slowest = Duration.ZERO;
        String version = null;
        long memory = 0;
        long clients = 0;
        for (Map.Entry<String, ConnectionPool> node : nodes.entrySet()) {
            try (Connection connection = node.getValue().getResource()) {
                long pingStart = System.nanoTime();
                connection.executeCommand(new CommandArguments(Protocol.Command.PING));
                Duration latency = Duration.ofNanos(System.nanoTime() - pingStart);
                slowest = latency.compareTo(slowest) > 0 ? latency : slowest;
                byte[] raw = (byte[]) connection.executeCommand(new CommandArguments(Protocol.Command.INFO));
                ServerInfo info = new ServerInfo(new String(raw, StandardCharsets.UTF_8));
                version = version == null ? info.version() : version;
                memory += info.usedMemory();
                clients += info.connectedClients();
            } catch (RuntimeException e) {
                return HealthReport.unhealthy(mode, slowest, "node " + node.getKey() + ": " + describe(e));
            }
        }
        return new HealthReport(true, slowest, version, mode, memory, clients, nodes.size(), null);
    }

    private HealthReport report(Duration latency, ServerInfo info, int nodes) {
        return new HealthReport(true, latency, info.version(), mode, info.usedMemory(), info.connectedClients(),
                nodes, null);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
