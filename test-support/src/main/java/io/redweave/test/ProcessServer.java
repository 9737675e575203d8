package io.redweave.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;

/**
 * A {@link RedisServer} that is a local {@code redis-server} process (a data server or a Sentinel) on a loopback
 * port, in its own working directory, with its output in {@code redis.log} there.
 */
final class ProcessServer implements RedisServer {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessServer.class);
    private static final int PORT_ATTEMPTS = 8;

    private final LocalBinary binary;
    private final Path dir;
    private final int port;
    private final CommandLine commandLine;
    private final String kind;
    private final Duration startupTimeout;
    private final PidRegistry pids;
    private RedisProcess process;
    private boolean closed;

    private ProcessServer(LocalBinary binary, Path dir, int port, CommandLine commandLine, List<String> command,
                          Settings settings, PidRegistry pids, RedisProcess process) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
        this.commandLine = commandLine;
        this.kind = command.contains("--sentinel") ? "redis-sentinel" : "redis-server";
        this.startupTimeout = settings.startupTimeout();
        this.pids = pids;
        this.process = process;
    }

    /**
     * The command line of a server listening on {@code port}, built for every start (so a restart may differ); it
     * may write files, such as a config, to {@code dir}.
     */
    @FunctionalInterface
    interface CommandLine {
        List<String> build(int port, Path dir);
    }

    /**
     * Starts a server on a free port, trying other ports while the chosen one turns out to be taken.
     *
     * @param extraArgs the arguments added for a port, such as the cluster options
     */
    static ProcessServer start(LocalBinary binary, Settings settings, IntSupplier ports,
                               IntFunction<List<String>> extraArgs) {
        return start(binary, settings, ports, "redis-",
                (port, dir) -> command(binary, port, dir, extraArgs.apply(port)));
    }

    /** Starts the process built by {@code commandLine} in a new directory named after {@code dirPrefix}. */
    static ProcessServer start(LocalBinary binary, Settings settings, IntSupplier ports, String dirPrefix,
                               CommandLine commandLine) {
        PidRegistry pids = PidRegistry.of(settings);
        pids.reap();
        Path dir = Dirs.create(settings.serversDir(), dirPrefix);
        try {
            for (int attempt = 1; ; attempt++) {
                int port = ports.getAsInt();
                List<String> command = commandLine.build(port, dir);
                try {
                    RedisProcess process = RedisProcess.launch(command, dir, log(dir), port, settings.startupTimeout());
                    record(pids, process, port, dir);
                    ProcessServer server = new ProcessServer(binary, dir, port, commandLine, command, settings,
                            pids, process);
                    LiveServers.add(server);
                    LOG.debug("started {}", server);
                    return server;
                } catch (RedisProcess.PortTakenException e) {
                    if (attempt == PORT_ATTEMPTS) {
                        throw new RedisTestException("redis-server found every one of " + PORT_ATTEMPTS
                                + " ports taken; last: " + port, e);
                    }
                    LOG.debug("port {} was taken, trying another", port);
                }
            }
        } catch (RuntimeException e) {
            Dirs.deleteQuietly(dir);
            throw e;
        }
    }

    static List<String> command(LocalBinary binary, int port, Path dir, List<String> extraArgs) {
        List<String> command = new ArrayList<>(List.of(binary.path().toString(),
                "--port", Integer.toString(port),
                "--bind", PortAllocator.HOST,
                "--dir", dir.toAbsolutePath().toString(),
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--logfile", "",
                "--repl-diskless-sync", "yes",
                "--repl-diskless-sync-delay", "0"));
        command.addAll(extraArgs);
        return List.copyOf(command);
    }

    private static void record(PidRegistry pids, RedisProcess process, int port, Path dir) {
        try {
            pids.record(process.handle(), port, dir);
        } catch (RuntimeException e) {
            process.kill();
            throw e;
        }
    }

    private static Path log(Path dir) {
        return dir.resolve("redis.log");
    }

    @Override
    public String host() {
        return PortAllocator.HOST;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String uri() {
        return "redis://" + PortAllocator.HOST + ":" + port;
    }

    @Override
    public String provider() {
        return binary.provider().label();
    }

    @Override
    public boolean canRestart() {
        return true;
    }

    @Override
    public synchronized OptionalLong pid() {
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            pids.forget(process.pid());
            process = null;
        }
    }

    @Override
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            pids.forget(process.pid());
            process = null;
        }
    }

    @Override
    public synchronized void start() {
        if (closed) {
            throw new RedisTestException(this + " is closed; start a new server instead");
        }
        if (process != null && process.isAlive()) {
            return;
        }
        if (process != null) {
            pids.forget(process.pid());
        }
        pids.reap();
        try {
            RedisProcess launched = RedisProcess.launch(commandLine.build(port, dir), dir, log(dir), port,
                    startupTimeout);
            record(pids, launched, port, dir);
            process = launched;
        } catch (RedisProcess.PortTakenException e) {
            process = null;
            throw new RedisTestException("cannot restart redis-server on port " + port
                    + ": another process took the port while the server was stopped", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public void flushAll() {
        try (Jedis jedis = Commands.connect(port)) {
            jedis.flushAll();
        }
    }

    /** The working directory, which holds {@code redis.log} and, for a cluster node, its nodes file. */
    Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            Dirs.deleteQuietly(dir);
            LiveServers.remove(this);
        }
    }

    @Override
    public String toString() {
        return kind + " (" + provider() + ") on " + PortAllocator.HOST + ":" + port;
    }
}
