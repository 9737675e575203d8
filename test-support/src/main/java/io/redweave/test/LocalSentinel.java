package io.redweave.test;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;

/** A {@link RedisSentinel} of local processes (master, replicas, Sentinels), each a {@link ProcessServer}. */
final class LocalSentinel implements RedisSentinel {

    static final int MAX_REPLICAS = 8;
    static final int MAX_SENTINELS = 9;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private final String masterName;
    private final RedisServer master;
    private final List<RedisServer> replicas;
    private final List<RedisServer> dataServers;
    private final List<RedisServer> sentinels;
    private volatile boolean closed;

    private LocalSentinel(String masterName, List<RedisServer> dataServers, List<RedisServer> sentinels) {
        this.masterName = masterName;
        this.master = dataServers.get(0);
        this.replicas = List.copyOf(dataServers.subList(1, dataServers.size()));
        this.dataServers = List.copyOf(dataServers);
        this.sentinels = List.copyOf(sentinels);
    }

    /**
     * Starts the master, its replicas once they are in sync, then the Sentinels, and returns once every Sentinel
     * knows the master, the replicas and the other Sentinels; on failure, every process started so far is closed.
     */
    static LocalSentinel start(Provisioner provisioner, int replicaCount, int sentinelCount, String masterName) {
        validate(replicaCount, sentinelCount, masterName);
        LocalBinary binary = provisioner.localBinary();
        List<RedisServer> sentinels = new CopyOnWriteArrayList<>();
        List<RedisServer> dataServers = new ArrayList<>();
        try {
            RedisServer master = start(provisioner, binary, "redis-",
                    SentinelSetup.dataServer(binary, masterName, sentinels, OptionalInt.empty()));
            dataServers.add(master);
            OptionalInt masterPort = OptionalInt.of(master.port());
            for (int i = 0; i < replicaCount; i++) {
                dataServers.add(start(provisioner, binary, "redis-",
                        SentinelSetup.dataServer(binary, masterName, sentinels, masterPort)));
            }
            SentinelSetup.awaitReplicasLinked(dataServers.subList(1, dataServers.size()), master.port());
            int quorum = sentinelCount / 2 + 1;
            for (int i = 0; i < sentinelCount; i++) {
                sentinels.add(start(provisioner, binary, "sentinel-",
                        SentinelSetup.sentinel(binary, masterName, master.port(), quorum)));
            }
            SentinelSetup.awaitReady(sentinels, masterName, master.port(), replicaCount);
        } catch (RuntimeException e) {
            sentinels.forEach(RedisServer::close);
            dataServers.forEach(RedisServer::close);
            throw e;
        }
        LocalSentinel deployment = new LocalSentinel(masterName, dataServers, sentinels);
        LiveServers.add(deployment);
        return deployment;
    }

    private static RedisServer start(Provisioner provisioner, LocalBinary binary, String dirPrefix,
                                     ProcessServer.CommandLine commandLine) {
        return ProcessServer.start(binary, provisioner.settings(), provisioner.ports(), dirPrefix, commandLine);
    }

    private static void validate(int replicas, int sentinels, String masterName) {
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException(replicas + " is not a valid number of replicas: use 0 to "
                    + MAX_REPLICAS + " (a failover needs at least 1)");
        }
        if (sentinels < 1 || sentinels > MAX_SENTINELS) {
            throw new IllegalArgumentException(sentinels + " is not a valid number of Sentinels: use 1 to "
                    + MAX_SENTINELS + " (3 is the smallest number that survives losing one)");
        }
        if (masterName == null || !NAME.matcher(masterName).matches()) {
            throw new IllegalArgumentException("'" + masterName + "' is not a valid master name: use letters, digits,"
                    + " '.', '_' and '-' only");
        }
    }

    @Override
    public String masterName() {
        return masterName;
    }

    @Override
    public RedisServer master() {
        return master;
    }

    @Override
    public List<RedisServer> replicas() {
        return replicas;
    }

    @Override
    public List<RedisServer> sentinels() {
        return sentinels;
    }

    @Override
    public String sentinelNodes() {
        return sentinels.stream().map(s -> s.host() + ":" + s.port()).collect(Collectors.joining(","));
    }

    @Override
    public List<InetSocketAddress> sentinelAddresses() {
        return sentinels.stream().map(s -> new InetSocketAddress(PortAllocator.LOOPBACK, s.port())).toList();
    }

    @Override
    public RedisServer awaitMaster() {
        AtomicReference<RedisServer> found = new AtomicReference<>();
        SentinelSetup.awaitNoProblem(() -> masterProblem(found),
                "the Sentinels of '" + masterName + "' do not agree on a running master with in-sync replicas");
        return found.get();
    }

    /** What keeps the deployment from a settled master, if anything; sets {@code found} to the master. */
    private Optional<String> masterProblem(AtomicReference<RedisServer> found) {
        OptionalInt agreed = OptionalInt.empty();
        for (RedisServer sentinel : sentinels) {
            if (!sentinel.isRunning()) {
                continue;
            }
            try (Jedis jedis = Commands.connect(sentinel.port())) {
                int port = Integer.parseInt(jedis.sentinelGetMasterAddrByName(masterName).get(1));
                if (agreed.isPresent() && agreed.getAsInt() != port) {
                    return Optional.of("the Sentinels name the masters " + agreed.getAsInt() + " and " + port);
                }
                agreed = OptionalInt.of(port);
                String flags = jedis.sentinelMaster(masterName).get("flags");
                if (!"master".equals(flags)) {
                    return Optional.of(sentinel + " flags master " + port + " " + flags);
                }
            } catch (RuntimeException e) {
                return Optional.of(sentinel + " does not name a master: " + e);
            }
        }
        if (agreed.isEmpty()) {
            return Optional.of("no Sentinel is running");
        }
        int masterPort = agreed.getAsInt();
        Optional<RedisServer> current = dataServers.stream().filter(s -> s.port() == masterPort).findFirst();
        if (current.isEmpty() || !current.get().isRunning() || SentinelSetup.replication(current.get())
                .filter(info -> info.contains("role:master")).isEmpty()) {
            return Optional.of("the named master " + masterPort + " does not run as a master");
        }
        for (RedisServer server : dataServers) {
            if (server != current.get() && server.isRunning()
                    && !SentinelSetup.followsAndIsLinked(server, masterPort)) {
                return Optional.of(server + " is not an in-sync replica of " + masterPort);
            }
        }
        found.set(current.get());
        return Optional.empty();
    }

    @Override
    public void flushAll() {
        awaitMaster().flushAll();
    }

    /** Starts the processes a test stopped, Sentinels first, and waits for a settled master. */
    void restartStopped() {
        boolean restarted = false;
        for (RedisServer server : sentinelsThenData()) {
            if (!server.isRunning()) {
                server.start();
                restarted = true;
            }
        }
        if (restarted) {
            awaitMaster();
        }
    }

    private List<RedisServer> sentinelsThenData() {
        List<RedisServer> all = new ArrayList<>(sentinels);
        all.addAll(dataServers);
        return all;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sentinelsThenData().forEach(RedisServer::close);
        LiveServers.remove(this);
    }

    @Override
    public String toString() {
        return "Redis Sentinel deployment '" + masterName + "': master " + master.port() + ", replicas "
                + replicas.stream().map(RedisServer::port).toList() + ", Sentinels " + sentinelNodes();
    }
}
