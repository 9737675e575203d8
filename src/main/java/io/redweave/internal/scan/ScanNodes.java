package io.redweave.internal.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The nodes a scan must cover: the server itself, or every master of a cluster, each once.
 *
 * <p>Implementation notes: the masters are read fresh for every scan from {@code CLUSTER SLOTS} (each slot range
 * names its master first), so replicas are never scanned and a failover is seen. Each master is then reached
 * through the client's own slot routing ({@code getConnectionFromSlot} of one of its slots), which honours the
 * client's address mapping, TLS and credentials. When the client's routing disagrees with the server's (two
 * masters routed to one node), the client's topology is refreshed once.
 */
final class ScanNodes {

    private ScanNodes() {
    }

    static List<ScanNode> of(UnifiedJedis client) {
        if (client instanceof RedisClusterClient) {
            return masters((RedisClusterClient) client);
        }
        return List.of(new ScanNode(null, client::pipelined, false));
    }

    private static List<ScanNode> masters(RedisClusterClient cluster) {
        Map<String, Integer> slotByMaster = slotPerMaster(clusterSlots(cluster));
        List<ScanNode> nodes = route(cluster, slotByMaster);
        if (nodes.size() < slotByMaster.size()) {
            cluster.refreshClusterTopology();
            nodes = route(cluster, slotByMaster);
        }
        if (nodes.size() < slotByMaster.size()) {
            throw new JedisClusterOperationException("The cluster reports " + slotByMaster.size()
                    + " masters " + slotByMaster.keySet() + " but the client routes them to only " + nodes.size()
                    + " nodes");
        }
        return nodes;
    }

    private static List<ScanNode> route(RedisClusterClient cluster, Map<String, Integer> slotByMaster) {
        Set<HostAndPort> seen = new LinkedHashSet<>();
        List<ScanNode> nodes = new ArrayList<>();
        for (int slot : slotByMaster.values()) {
            HostAndPort address;
            try (Connection connection = cluster.getConnectionFromSlot(slot)) {
                address = connection.getHostAndPort();
            }
            if (seen.add(address)) {
                nodes.add(new ScanNode(address.toString(),
                        () -> new Pipeline(cluster.getConnectionFromSlot(slot), true), true));
            }
        }
        return nodes;
    }

    private static List<?> clusterSlots(RedisClusterClient cluster) {
        CommandArguments command = new CommandArguments(Protocol.Command.CLUSTER).add(Protocol.ClusterKeyword.SLOTS);
        JedisException failure = null;
        for (ConnectionPool pool : cluster.getClusterNodes().values()) {
            try (Connection connection = pool.getResource()) {
                return (List<?>) connection.executeCommand(command);
            } catch (JedisException e) {
                failure = e;
            }
        }
        throw failure != null ? failure : new JedisClusterOperationException("The cluster client knows no nodes");
    }

    /** Maps each master ("host:port" as the cluster announces it) to the first slot it serves. */
    private static Map<String, Integer> slotPerMaster(List<?> ranges) {
        Map<String, Integer> slotByMaster = new LinkedHashMap<>();
        for (Object item : ranges) {
            List<?> range = (List<?>) item;
            int start = ((Long) range.get(0)).intValue();
            List<?> master = (List<?>) range.get(2);
            String address = text(master.get(0)) + ":" + master.get(1);
            slotByMaster.merge(address, start, Math::min);
        }
        return slotByMaster;
    }

    private static String text(Object reply) {
        return reply instanceof byte[] ? new String((byte[]) reply, StandardCharsets.UTF_8) : String.valueOf(reply);
    }
}
