package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaperTest {

    @TempDir
    Path root;

    private Settings settings;
    private PidRegistry registry;
    private final List<ProcessHandle> started = new ArrayList<>();

    @BeforeEach
    void isolatedRegistry() {
        assumeFalse(System.getProperty("os.name", "").startsWith("Windows"), "uses sleep(1)");
        settings = Settings.current().withRoot(root);
        registry = PidRegistry.of(settings);
    }

    @AfterEach
    void killLeftovers() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void reap_killsRedisServerWhoseOwnerJvmIsDead() throws Exception {
        RedisProcess redis = startRedis();
        ProcessHandle owner = start("sleep", "60");
        Path dir = Files.createDirectories(settings.serversDir().resolve("orphan"));
        registry.record(redis.handle(), owner, 1, dir);
        end(owner);

        assertThat(ProcessHandle.of(owner.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(registry.reap()).isEqualTo(1);

        assertThat(redis.handle().onExit()).succeedsWithin(Duration.ofSeconds(5));
        assertThat(pidFile(redis.pid())).doesNotExist();
        assertThat(dir).doesNotExist();
    }

    @Test
    void reap_keepsRedisServerWhoseOwnerIsAlive() throws Exception {
        RedisProcess redis = startRedis();
        registry.record(redis.handle(), 1, settings.serversDir());

        assertThat(registry.reap()).isZero();

        assertThat(redis.isAlive()).isTrue();
        assertThat(pidFile(redis.pid())).exists();
    }

    @Test
    void reap_neverKillsAProcessThatIsNotARedisServer() throws Exception {
        ProcessHandle sleeper = start("sleep", "60");
        ProcessHandle owner = start("sleep", "60");
        registry.record(sleeper, owner, 1, root.resolve("elsewhere"));
        end(owner);

        assertThat(registry.reap()).isZero();

        assertThat(sleeper.isAlive()).isTrue();
        assertThat(pidFile(sleeper.pid())).doesNotExist();
    }

    @Test
    void reap_neverDeletesADirectoryOutsideTheServersFolder() throws Exception {
        ProcessHandle owner = start("sleep", "60");
        ProcessHandle notRedis = start("sleep", "60");
        Path precious = Files.createDirectories(root.resolve("precious"));
        registry.record(notRedis, owner, 1, precious);
        end(owner);
        end(notRedis);

        registry.reap();

        assertThat(precious).isDirectory();
    }

    @Test
    void reap_deletesUnreadablePidFiles() throws IOException {
        Path garbage = Files.createDirectories(settings.pidDir()).resolve("12345.pid");
        Files.writeString(garbage, "not a pid file");

        registry.reap();

        assertThat(garbage).doesNotExist();
    }

    private RedisProcess startRedis() throws Exception {
        LocalBinary binary = new Provisioner(settings, new PortAllocator()).localBinary();
        int port = new PortAllocator().getAsInt();
        Path dir = Files.createDirectories(root.resolve("redis-" + port));
        RedisProcess redis = RedisProcess.launch(ProcessServer.command(binary, port, dir, List.of()), dir,
                dir.resolve("redis.log"), port, Duration.ofSeconds(10));
        started.add(redis.handle());
        return redis;
    }

    /** Ends a process that was recorded while alive, so that its start instant is in the pid file. */
    private static void end(ProcessHandle process) throws Exception {
        process.destroyForcibly();
        process.onExit().get();
    }

    private ProcessHandle start(String... command) throws IOException {
        ProcessHandle process = new ProcessBuilder(command).start().toHandle();
        started.add(process);
        return process;
    }

    private Path pidFile(long pid) {
        return settings.pidDir().resolve(pid + ".pid");
    }
}
