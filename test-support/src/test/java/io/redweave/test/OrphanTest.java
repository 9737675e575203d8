package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Servers left behind by other JVMs: one that exits, one that is killed. */
class OrphanTest {

    @TempDir
    Path root;

    private Process child;
    private long redisPid;

    @BeforeEach
    void notOnWindows() {
        assumeFalse(System.getProperty("os.name", "").startsWith("Windows"), "SIGKILL semantics");
    }

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        ProcessHandle.of(redisPid).filter(PidRegistry::isRedisServer).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void jvmThatExits_stopsItsServersFromTheShutdownHook() throws Exception {
        startChild("exit");

        assertThat(child.onExit()).succeedsWithin(Duration.ofSeconds(20));
        assertThat(ProcessHandle.of(redisPid).filter(ProcessHandle::isAlive)).isEmpty();
        Settings settings = Settings.current().withRoot(root);
        assertThat(settings.pidDir().resolve(redisPid + ".pid")).doesNotExist();
        assertThat(settings.serversDir()).isEmptyDirectory();
    }

    @Test
    void jvmThatIsKilled_leavesAnOrphanThatTheNextStartReaps() throws Exception {
        startChild("hang");
        ProcessHandle orphan = ProcessHandle.of(redisPid).orElseThrow();

        child.destroyForcibly();
        assertThat(child.onExit()).succeedsWithin(Duration.ofSeconds(20));
        assertThat(orphan.isAlive()).as("the server outlives its killed JVM").isTrue();

        Settings settings = Settings.current().withRoot(root);
        try (RedisServer next = new Provisioner(settings, new PortAllocator()).standalone()) {
            assertThat(orphan.onExit()).succeedsWithin(Duration.ofSeconds(10));
            assertThat(settings.pidDir().resolve(redisPid + ".pid")).doesNotExist();
            assertThat(settings.serversDir()).isDirectoryNotContaining(p -> !p.equals(serverDir(next)));
        }
    }

    private static Path serverDir(RedisServer server) {
        return ((ProcessServer) server).dir();
    }

    private void startChild(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-D" + Settings.DIR + "=" + root, "-D" + Settings.PROVIDER + "=embedded",
                OrphanJvm.class.getName(), mode))
                .redirectError(root.resolve("child.log").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(30, TimeUnit.SECONDS);
        assertThat(line).as("pid and port from the child JVM").matches("\\d+ \\d+");
        redisPid = Long.parseLong(line.split(" ")[0]);
    }
}
