package io.redweave.test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;

/** A {@link RedisCluster} of local {@code redis-server} processes, each a {@link ProcessServer}. */
final class LocalCluster implements RedisCluster {

    static final int MIN_MASTERS = 3;
    static final int MAX_NODES = 64;

    private final List<RedisServer> masters;
    private final List<RedisServer> replicas;
    private final List<RedisServer> nodes;
    private volatile boolean closed;

    private LocalCluster(List<ProcessServer> masters, List<ProcessServer> replicas) {
        this.masters = List.copyOf(masters);
        this.replicas = List.copyOf(replicas);
        List<RedisServer> all = new ArrayList<>(masters);
        all.addAll(replicas);
        this.nodes = List.copyOf(all);
    }

    /** Starts and joins a cluster; on failure, every node started so far is closed. */
    static LocalCluster start(Provisioner provisioner, int masterCount, int replicasPerMaster, Duration nodeTimeout) {
        validate(masterCount, replicasPerMaster, nodeTimeout);
        LocalBinary binary = provisioner.localBinary();
        List<ProcessServer> masters = new ArrayList<>();
        List<ProcessServer> replicas = new ArrayList<>();
        try {
            for (int i = 0; i < masterCount; i++) {
                masters.add(startNode(provisioner, binary, nodeTimeout));
            }
            for (int i = 0; i < masterCount * replicasPerMaster; i++) {
                replicas.add(startNode(provisioner, binary, nodeTimeout));
            }
            ClusterSetup.join(masters, replicas, replicasPerMaster);
        } catch (RuntimeException e) {
            masters.forEach(ProcessServer::close);
            replicas.forEach(ProcessServer::close);
            throw e;
        }
        LocalCluster cluster = new LocalCluster(masters, replicas);
        LiveServers.add(cluster);
        return cluster;
    }

    private static void validate(int masters, int replicasPerMaster, Duration nodeTimeout) {
        if (masters < MIN_MASTERS) {
            throw new IllegalArgumentException(masters + " is not a valid number of masters: a Redis Cluster needs"
                    + " at least " + MIN_MASTERS + " masters to elect a failover; use masters = 3 or more");
        }
        if (replicasPerMaster < 0) {
            throw new IllegalArgumentException(replicasPerMaster + " is not a valid number of replicas per master;"
                    + " use 0 or more");
        }
        if (masters * (1L + replicasPerMaster) > MAX_NODES) {
            throw new IllegalArgumentException(masters + " masters with " + replicasPerMaster + " replicas each make"
                    + " more than " + MAX_NODES + " nodes; a test needs fewer");
        }
        if (nodeTimeout.toMillis() < 100) {
            throw new IllegalArgumentException(nodeTimeout.toMillis() + " ms is too short a cluster node timeout;"
                    + " use 100 ms or more");
        }
    }

    private static ProcessServer startNode(Provisioner provisioner, LocalBinary binary, Duration nodeTimeout) {
        return ProcessServer.start(binary, provisioner.settings(), provisioner.ports(), port -> List.of(
                "--cluster-enabled", "yes",
                "--cluster-config-file", "nodes-" + port + ".conf",
                "--cluster-node-timeout", Long.toString(nodeTimeout.toMillis()),
                "--cluster-replica-validity-factor", "0"));
    }

    @Override
    public List<RedisServer> nodes() {
        return nodes;
    }

    @Override
    public List<RedisServer> masters() {
        return masters;
    }

    @Override
    public List<RedisServer> replicas() {
        return replicas;
    }

    @Override
    public String seedNodes() {
        return nodes.stream().map(node -> node.host() + ":" + node.port()).collect(Collectors.joining(","));
    }

    @Override
    public List<InetSocketAddress> seeds() {
        return nodes.stream().map(node -> new InetSocketAddress(PortAllocator.LOOPBACK, node.port())).toList();
    }

    /** Flushes the nodes that are masters now, which after a failover may include a started replica. */
    @Override
    public void flushAll() {
        for (RedisServer node : nodes) {
            if (!node.isRunning()) {
                continue;
            }
            try (Jedis jedis = Commands.connect(node.port())) {
                if (Commands.infoField(jedis.info("replication"), "role").filter("master"::equals).isPresent()) {
                    jedis.flushAll();
                }
            }
        }
    }

    @Override
    public void awaitHealthy() {
        ClusterSetup.awaitHealthy(nodes);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        nodes.forEach(RedisServer::close);
        LiveServers.remove(this);
    }

    @Override
    public String toString() {
        return "Redis Cluster of " + masters.size() + " masters and " + replicas.size() + " replicas on "
                + seedNodes();
    }
}
