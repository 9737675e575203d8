package io.redweave.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The command lines of the processes of a Sentinel deployment, and the waits until the Sentinels know them.
 *
 * <p>Implementation notes: a Sentinel rewrites its config file with what it learns (its id, the other Sentinels,
 * the replicas, the current master and epoch), so the file is written only when absent: a restarted Sentinel
 * reads its own state back. The file is named after the port, so a start retried on another port writes a fresh
 * one. A data server asks the Sentinels, at every start, which server is the master now, and starts as its replica
 * ({@code --replicaof}); so a killed master that is started again after a failover rejoins as a replica at once,
 * instead of running as an empty second master until the Sentinels convert it.
 */
final class SentinelSetup {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int DOWN_AFTER_MILLIS = 1_000;
    static final int FAILOVER_TIMEOUT_MILLIS = 2_000;

    private SentinelSetup() {
    }

    /** The command line of a Sentinel monitoring the master on {@code masterPort} under {@code masterName}. */
    static ProcessServer.CommandLine sentinel(LocalBinary binary, String masterName, int masterPort, int quorum) {
        return (port, dir) -> {
            Path config = dir.resolve("sentinel-" + port + ".conf").toAbsolutePath();
            if (!Files.exists(config)) {
                write(config, String.join("\n",
                        "port " + port,
                        "bind " + PortAllocator.HOST,
                        "daemonize no",
                        "logfile \"\"",
                        "sentinel monitor " + masterName + " " + PortAllocator.HOST + " " + masterPort + " " + quorum,
                        "sentinel down-after-milliseconds " + masterName + " " + DOWN_AFTER_MILLIS,
                        "sentinel failover-timeout " + masterName + " " + FAILOVER_TIMEOUT_MILLIS,
                        "sentinel parallel-syncs " + masterName + " 1", ""));
            }
            return List.of(binary.path().toString(), config.toString(), "--sentinel");
        };
    }

    /**
     * The command line of a data server: a replica of the master that the Sentinels name now, else of
     * {@code fallbackMaster}; a master if that is the server itself or if there is no fallback.
     */
    static ProcessServer.CommandLine dataServer(LocalBinary binary, String masterName, List<RedisServer> sentinels,
                                                OptionalInt fallbackMaster) {
        return (port, dir) -> {
            OptionalInt master = reportedMasterPort(masterName, sentinels);
            int masterPort = master.isPresent() ? master.getAsInt() : fallbackMaster.orElse(port);
            List<String> replicaOf = masterPort == port ? List.of()
                    : List.of("--replicaof", PortAllocator.HOST, Integer.toString(masterPort));
            return ProcessServer.command(binary, port, dir, replicaOf);
        };
    }

    /** The port of the master named by the first running Sentinel that answers. */
    static OptionalInt reportedMasterPort(String masterName, List<RedisServer> sentinels) {
        for (RedisServer sentinel : sentinels) {
            if (!sentinel.isRunning()) {
                continue;
            }
            try (Jedis jedis = Commands.connect(sentinel.port())) {
                List<String> address = jedis.sentinelGetMasterAddrByName(masterName);
                if (address != null && address.size() == 2) {
                    return OptionalInt.of(Integer.parseInt(address.get(1)));
                }
            } catch (JedisException | NumberFormatException e) {
                // ask the next one
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Waits until every Sentinel names the master on {@code masterPort}, knows its {@code replicas} replicas as
     * connected, and knows every other Sentinel (a failover needs their votes).
     */
    static void awaitReady(List<RedisServer> sentinels, String masterName, int masterPort, int replicas) {
        awaitNoProblem(() -> readiness(sentinels, masterName, masterPort, replicas), "the Sentinels " + sentinels
                + " do not know master '" + masterName + "' on port " + masterPort + " with " + replicas + " replicas");
    }

    private static Optional<String> readiness(List<RedisServer> sentinels, String masterName, int masterPort,
                                              int replicas) {
        for (RedisServer sentinel : sentinels) {
            try (Jedis jedis = Commands.connect(sentinel.port())) {
                List<String> address = jedis.sentinelGetMasterAddrByName(masterName);
                if (address == null || !address.equals(List.of(PortAllocator.HOST, Integer.toString(masterPort)))) {
                    return Optional.of(sentinel + " names the master " + address);
                }
                Map<String, String> master = jedis.sentinelMaster(masterName);
                if (!"master".equals(master.get("flags"))) {
                    return Optional.of(sentinel + " flags the master " + master.get("flags"));
                }
                String others = master.get("num-other-sentinels");
                if (!Integer.toString(sentinels.size() - 1).equals(others)) {
                    return Optional.of(sentinel + " knows " + others + " other Sentinels");
                }
                List<Map<String, String>> known = jedis.sentinelReplicas(masterName);
                long connected = known.stream().filter(replica -> "slave".equals(replica.get("flags"))).count();
                if (connected != replicas) {
                    return Optional.of(sentinel + " knows " + connected + " connected replicas");
                }
            } catch (JedisException e) {
                return Optional.of(sentinel + " does not answer: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Waits until every replica reports {@code master_link_status:up} with the master on {@code masterPort}. */
    static void awaitReplicasLinked(List<RedisServer> replicas, int masterPort) {
        for (RedisServer replica : replicas) {
            Await.until(TIMEOUT, () -> followsAndIsLinked(replica, masterPort),
                    () -> replica + " is not an in-sync replica of port " + masterPort);
        }
    }

    /** Whether {@code server} is a replica of the master on {@code masterPort} with its link up. */
    static boolean followsAndIsLinked(RedisServer server, int masterPort) {
        return replication(server).filter(info -> info.contains("role:slave")
                && info.contains("master_port:" + masterPort) && info.contains("master_link_status:up")).isPresent();
    }

    /** The {@code INFO replication} text of a data server, or empty if it does not answer. */
    static Optional<String> replication(RedisServer server) {
        try (Jedis jedis = Commands.connect(server.port())) {
            return Optional.of(jedis.info("replication"));
        } catch (JedisException e) {
            return Optional.empty();
        }
    }

    /** Awaits a condition described by {@code check}, failing with its last problem. */
    static void awaitNoProblem(Supplier<Optional<String>> check, String failure) {
        AtomicReference<String> last = new AtomicReference<>("not checked");
        Await.until(TIMEOUT, () -> {
            Optional<String> problem = check.get();
            problem.ifPresent(last::set);
            return problem.isEmpty();
        }, () -> failure + "; last problem: " + last.get());
    }

    private static void write(Path config, String text) {
        try {
            Files.writeString(config, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Sentinel config " + config, e);
        }
    }
}
