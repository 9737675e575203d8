package io.redweave.test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The check that a local cluster is ready: every running node reports {@code cluster_state:ok} with all 16384
 * slots served, knows every node, sees no running node failing or in handshake, agrees with the others on which
 * port serves which slots, and every replica's link to its master is up.
 */
final class ClusterHealth {

    static final int SLOTS = 16_384;

    private ClusterHealth() {
    }

    /**
     * The first problem found, or empty when the cluster is healthy.
     *
     * @param running the ports of the nodes that run
     * @param total the number of nodes in the cluster, running or not
     * @param expectedMasters replica port to master port, checked when not empty
     */
    static Optional<String> problem(Set<Integer> running, int total, Map<Integer, Integer> expectedMasters) {
        String agreedSlots = null;
        for (int port : running) {
            try (Jedis jedis = Commands.connect(port)) {
                Optional<String> problem = infoProblem(port, jedis.clusterInfo(), total);
                if (problem.isPresent()) {
                    return problem;
                }
                var nodes = ClusterNodes.parse(jedis.clusterNodes());
                problem = nodesProblem(port, nodes, running, total, expectedMasters);
                if (problem.isPresent()) {
                    return problem;
                }
                String slots = slotMap(nodes);
                if (agreedSlots != null && !agreedSlots.equals(slots)) {
                    return Optional.of("node " + port + " sees slots " + slots + " but another node sees "
                            + agreedSlots);
                }
                agreedSlots = slots;
                if (nodes.stream().anyMatch(n -> n.is("myself") && n.is("slave"))) {
                    String link = Commands.infoField(jedis.info("replication"), "master_link_status").orElse("?");
                    if (!link.equals("up")) {
                        return Optional.of("replica " + port + " has master_link_status:" + link);
                    }
                }
            } catch (JedisException e) {
                return Optional.of("node " + port + " does not answer: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> infoProblem(int port, String info, int total) {
        String state = Commands.infoField(info, "cluster_state").orElse("?");
        String slotsOk = Commands.infoField(info, "cluster_slots_ok").orElse("?");
        String known = Commands.infoField(info, "cluster_known_nodes").orElse("?");
        if (!state.equals("ok") || !slotsOk.equals(Integer.toString(SLOTS)) || !known.equals(Integer.toString(total))) {
            return Optional.of("node " + port + " reports cluster_state:" + state + ", cluster_slots_ok:" + slotsOk
                    + ", cluster_known_nodes:" + known + " (want ok, " + SLOTS + ", " + total + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> nodesProblem(int port, List<ClusterNodes.Node> nodes,
                                                 Set<Integer> running, int total, Map<Integer, Integer> expected) {
        if (nodes.size() != total) {
            return Optional.of("node " + port + " lists " + nodes.size() + " nodes, not " + total);
        }
        for (ClusterNodes.Node node : nodes) {
            if (running.contains(node.port()) && node.isTroubled()) {
                return Optional.of("node " + port + " sees node " + node.port() + " as " + node.flags());
            }
        }
        Map<String, Integer> portById = nodes.stream()
                .collect(Collectors.toMap(ClusterNodes.Node::id, ClusterNodes.Node::port));
        for (ClusterNodes.Node node : nodes) {
            Integer master = expected.get(node.port());
            if (master != null && (!node.is("slave") || !master.equals(portById.get(node.masterId())))) {
                return Optional.of("node " + port + " does not see " + node.port() + " as a replica of " + master
                        + " yet (flags " + node.flags() + ")");
            }
        }
        return Optional.empty();
    }

    /** Which port serves which slot ranges, as seen by one node, in a canonical text form. */
    private static String slotMap(List<ClusterNodes.Node> nodes) {
        Map<Integer, String> byPort = new TreeMap<>();
        for (ClusterNodes.Node node : nodes) {
            if (node.is("master") && !node.slots().isEmpty()) {
                byPort.put(node.port(), String.join(" ", node.slots()));
            }
        }
        return byPort.toString();
    }
}
