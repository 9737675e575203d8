package io.redweave.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Turns freshly started, empty cluster-enabled nodes into one cluster, the way {@code redis-cli --cluster create}
 * does: distinct config epochs, the 16384 slots split evenly between the masters with {@code CLUSTER ADDSLOTS},
 * {@code CLUSTER MEET} from the first node to all others, then {@code CLUSTER REPLICATE} once every node knows
 * every other, and finally a wait until the cluster is healthy (see {@link ClusterHealth}).
 */
final class ClusterSetup {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ClusterSetup() {
    }

    /** The first slot of master {@code index} of {@code masters}; master {@code index} ends before the next. */
    static int firstSlot(int index, int masters) {
        return (int) ((long) index * ClusterHealth.SLOTS / masters);
    }

    /**
     * Joins the nodes: {@code masters} and {@code replicas}, where replica {@code j} replicates master
     * {@code j / replicasPerMaster}.
     */
    static void join(List<ProcessServer> masters, List<ProcessServer> replicas, int replicasPerMaster) {
        List<ProcessServer> all = new ArrayList<>(masters);
        all.addAll(replicas);
        for (int i = 0; i < all.size(); i++) {
            try (Jedis jedis = Commands.connect(all.get(i).port())) {
                jedis.clusterSetConfigEpoch(i + 1L);
                if (i < masters.size()) {
                    jedis.clusterAddSlots(range(firstSlot(i, masters.size()), firstSlot(i + 1, masters.size())));
                }
            }
        }
        try (Jedis first = Commands.connect(all.get(0).port())) {
            for (ProcessServer node : all.subList(1, all.size())) {
                first.clusterMeet(node.host(), node.port());
            }
        }
        Set<Integer> ports = ports(all);
        awaitNoProblem(() -> acquaintanceProblem(ports), "the nodes " + ports + " do not all know each other");
        Map<Integer, Integer> expectedMasters = new HashMap<>();
        for (int j = 0; j < replicas.size(); j++) {
            ProcessServer master = masters.get(j / replicasPerMaster);
            String masterId;
            try (Jedis jedis = Commands.connect(master.port())) {
                masterId = jedis.clusterMyId();
            }
            try (Jedis jedis = Commands.connect(replicas.get(j).port())) {
                jedis.clusterReplicate(masterId);
            }
            expectedMasters.put(replicas.get(j).port(), master.port());
        }
        awaitNoProblem(() -> ClusterHealth.problem(ports, all.size(), expectedMasters),
                "the cluster " + ports + " is not healthy");
    }

    /** Waits until {@link ClusterHealth} finds no problem on the running nodes of {@code nodes}. */
    static void awaitHealthy(List<RedisServer> nodes) {
        Set<Integer> running = new LinkedHashSet<>();
        nodes.stream().filter(RedisServer::isRunning).forEach(node -> running.add(node.port()));
        awaitNoProblem(() -> ClusterHealth.problem(running, nodes.size(), Map.of()),
                "the cluster " + running + " is not healthy");
    }

    private static void awaitNoProblem(Supplier<Optional<String>> check, String failure) {
        AtomicReference<String> last = new AtomicReference<>("not checked");
        Await.until(TIMEOUT, () -> {
            Optional<String> problem = check.get();
            problem.ifPresent(last::set);
            return problem.isEmpty();
        }, () -> failure + "; last problem: " + last.get());
    }

    private static Optional<String> acquaintanceProblem(Set<Integer> ports) {
        for (int port : ports) {
            try (Jedis jedis = Commands.connect(port)) {
                List<ClusterNodes.Node> nodes = ClusterNodes.parse(jedis.clusterNodes());
                Set<Integer> known = new LinkedHashSet<>();
                nodes.stream().filter(n -> !n.is("handshake") && !n.is("noaddr")).forEach(n -> known.add(n.port()));
                if (!known.equals(ports)) {
                    return Optional.of("node " + port + " knows " + known);
                }
            } catch (JedisException e) {
                return Optional.of("node " + port + " does not answer: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Set<Integer> ports(List<ProcessServer> nodes) {
        Set<Integer> ports = new LinkedHashSet<>();
        nodes.forEach(node -> ports.add(node.port()));
        return ports;
    }

    private static int[] range(int from, int to) {
        int[] slots = new int[to - from];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = from + i;
        }
        return slots;
    }
}
