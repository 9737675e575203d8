package io.redweave.test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One node's view of the cluster: the lines of its {@code CLUSTER NODES} reply. */
final class ClusterNodes {

    /** One line of {@code CLUSTER NODES}: {@code <id> <ip:port@bus> <flags> <master> ... <link> <slots...>}. */
    record Node(String id, int port, Set<String> flags, String masterId, String linkState, List<String> slots) {

        boolean is(String flag) {
            return flags.contains(flag);
        }

        /** Whether this node is flagged failing, in handshake or without address. */
        boolean isTroubled() {
            return is("fail") || is("fail?") || is("handshake") || is("noaddr");
        }
    }

    private ClusterNodes() {
    }

    static List<Node> parse(String reply) {
        return reply.lines().filter(line -> !line.isBlank()).map(ClusterNodes::parseLine).toList();
    }

    private static Node parseLine(String line) {
        String[] fields = line.trim().split(" ");
        if (fields.length < 8) {
            throw new IllegalArgumentException("not a CLUSTER NODES line: " + line);
        }
        String address = fields[1].split("[@,]")[0];
        int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        Set<String> flags = Set.of(fields[2].split(","));
        List<String> slots = Arrays.asList(fields).subList(8, fields.length).stream()
                .filter(slot -> !slot.startsWith("[")).toList();
        return new Node(fields[0], port, flags, fields[3], fields[7], slots);
    }
}
