package io.redweave.test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pid files of the {@code redis-server} processes started by this library, and the reaper of orphans.
 *
 * <p>Implementation notes: every started process gets a file {@code <redis pid>.pid} in a folder shared by all
 * JVMs of the user, recording the redis pid, the owning JVM's pid and the start instants of both (a pid can be
 * reused by a new process; the start instant tells them apart). A JVM that is killed cannot stop its servers, so
 * every start first reaps: for each file whose owner is gone, the recorded process is killed if it is still the
 * same {@code redis-server}, its working directory is deleted if it lies under the servers folder, and the file
 * is deleted.
 */
final class PidRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PidRegistry.class);
    private static final long SAME_START_TOLERANCE_MILLIS = 1_000;

    private final Path pidDir;
    private final Path serversDir;

    PidRegistry(Path pidDir, Path serversDir) {
        this.pidDir = pidDir;
        this.serversDir = serversDir;
    }

    static PidRegistry of(Settings settings) {
        return new PidRegistry(settings.pidDir(), settings.serversDir());
    }

    /** Records a process started by this JVM, with its port and working directory. */
    void record(ProcessHandle redis, int port, Path dir) {
        record(redis, ProcessHandle.current(), port, dir);
    }

    /** Records a process as owned by {@code owner}. */
    void record(ProcessHandle redis, ProcessHandle owner, int port, Path dir) {
        Properties entry = new Properties();
        entry.setProperty("redis.pid", Long.toString(redis.pid()));
        startMillis(redis).ifPresent(start -> entry.setProperty("redis.start", Long.toString(start)));
        entry.setProperty("owner.pid", Long.toString(owner.pid()));
        startMillis(owner).ifPresent(start -> entry.setProperty("owner.start", Long.toString(start)));
        entry.setProperty("port", Integer.toString(port));
        entry.setProperty("dir", dir.toAbsolutePath().toString());
        try {
            Files.createDirectories(pidDir);
            StringWriter text = new StringWriter();
            entry.store(text, "redis-server started by RedWeave test support");
            Path temp = Files.createTempFile(pidDir, redis.pid() + "-", ".tmp");
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            Files.move(temp, file(redis.pid()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pid file of redis-server " + redis.pid(), e);
        }
    }

    /** Forgets a process that this JVM has ended. */
    void forget(long redisPid) {
        try {
            Files.deleteIfExists(file(redisPid));
        } catch (IOException e) {
            LOG.debug("cannot delete the pid file of redis-server {}", redisPid, e);
        }
    }

    /** Kills and forgets the processes whose owning JVM is gone; returns how many were killed. */
    int reap() {
        if (!Files.isDirectory(pidDir)) {
            return 0;
        }
        int killed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDir, "*.pid")) {
            for (Path file : files) {
                killed += reap(file);
            }
        } catch (IOException e) {
            LOG.debug("cannot list {}", pidDir, e);
        }
        return killed;
    }

    private int reap(Path file) {
        Optional<Properties> entry = read(file);
        if (entry.isPresent() && isAlive(entry.get(), "owner")) {
            return 0;
        }
        Optional<ProcessHandle> orphan = entry.filter(e -> isAlive(e, "redis"))
                .flatMap(e -> ProcessHandle.of(longValue(e, "redis.pid")))
                .filter(PidRegistry::isRedisServer);
        orphan.ifPresent(redis -> {
            LOG.info("killing orphan redis-server {} on port {} (its JVM {} is gone)",
                    redis.pid(), entry.get().getProperty("port"), entry.get().getProperty("owner.pid"));
            redis.destroyForcibly();
            awaitExit(redis);
        });
        entry.map(e -> e.getProperty("dir")).map(Path::of).filter(this::isServerDir).ifPresent(Dirs::deleteQuietly);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", file, e);
        }
        return orphan.isPresent() ? 1 : 0;
    }

    private boolean isServerDir(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        return normalized.startsWith(serversDir.toAbsolutePath().normalize()) && !normalized.equals(serversDir);
    }

    /** Whether the process named by {@code <role>.pid} is alive and, if recorded, started at the same instant. */
    private static boolean isAlive(Properties entry, String role) {
        long pid = longValue(entry, role + ".pid");
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        String recordedStart = entry.getProperty(role + ".start");
        Optional<Long> actualStart = startMillis(handle.get());
        if (recordedStart == null || actualStart.isEmpty()) {
            return true;
        }
        return Math.abs(actualStart.get() - Long.parseLong(recordedStart)) <= SAME_START_TOLERANCE_MILLIS;
    }

    static boolean isRedisServer(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.command().filter(c -> c.contains("redis-server")).isPresent()
                || info.commandLine().filter(c -> c.contains("redis-server")).isPresent();
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("orphan redis-server {} did not exit after SIGKILL", process.pid());
        }
    }

    private static Optional<Properties> read(Path file) {
        Properties entry = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            entry.load(reader);
            longValue(entry, "owner.pid");
            longValue(entry, "redis.pid");
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            LOG.debug("ignoring unreadable pid file {}", file, e);
            return Optional.empty();
        }
    }

    private static long longValue(Properties entry, String key) {
        return Long.parseLong(entry.getProperty(key, "").trim());
    }

    private static Optional<Long> startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }

    private Path file(long redisPid) {
        return pidDir.resolve(redisPid + ".pid");
    }
}
