package io.redweave.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

class ProvisionerTest {

    @TempDir
    Path root;

    @Test
    void dockerProbe_answersWithinASecond() {
        long start = System.nanoTime();
        DockerProbe.engineAnswers();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void forcedEmbedded_startsTheBinaryFromTheJar() {
        try (RedisServer redis = provisioner("embedded", null).standalone()) {
            assertThat(redis.provider()).isEqualTo("embedded");
            assertThat(redis.pid()).isPresent();
            assertThat(ProcessHandle.of(redis.pid().getAsLong()).orElseThrow().info().command().orElse(""))
                    .contains(root.resolve("bin").toString());
        }
    }

    @Test
    void forcedPath_withoutRedisOnPath_failsWithTheFix() {
        assumeTrue(LocalBinary.onPath().isEmpty(), "a redis-server is on the PATH");
        assertThatThrownBy(() -> provisioner("path", null).standalone())
                .isInstanceOf(RedisTestException.class)
                .hasMessageContaining("no redis-server on the PATH");
    }

    @Test
    void url_usesTheExternalServer_flushedAndNotRestartable() {
        try (RedisServer local = provisioner("embedded", null).standalone()) {
            try (Jedis jedis = Clients.jedis(local)) {
                jedis.set("left-over", "from another test");
            }

            RedisServer external = provisioner(null, local.uri()).standalone();

            assertThat(external.provider()).isEqualTo("url");
            assertThat(external.canRestart()).isFalse();
            assertThat(external.port()).isEqualTo(local.port());
            assertThat(external.isRunning()).isTrue();
            try (Jedis jedis = Clients.jedis(local)) {
                assertThat(jedis.exists("left-over")).isFalse();
            }
            assertThatThrownBy(external::stop).isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("assumeTrue(redis.canRestart())");
            external.close();
            assertThat(local.isRunning()).as("closing an external server leaves it running").isTrue();
        }
    }

    @Test
    void url_withNothingListening_failsWithoutShowingThePassword() {
        int port = new PortAllocator().getAsInt();
        assertThatThrownBy(() -> provisioner(null, "redis://:s3cret@127.0.0.1:" + port).standalone())
                .isInstanceOf(RedisTestException.class)
                .hasMessageContaining("does not answer PING")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void unknownProvider_listsTheKnownOnes() {
        Properties properties = new Properties();
        properties.setProperty(Settings.PROVIDER, "podman");
        assertThatThrownBy(() -> Settings.from(properties, Map.of()))
                .isInstanceOf(RedisTestException.class)
                .hasMessageContaining("'podman'")
                .hasMessageContaining("url, docker, path, embedded");
    }

    @Test
    void redisUrlEnvironment_isUsedUnlessThePropertyIsSet() {
        Properties properties = new Properties();
        properties.setProperty("java.io.tmpdir", root.toString());
        assertThat(Settings.from(properties, Map.of("REDIS_URL", "redis://env:1")).url()).hasValue("redis://env:1");
        properties.setProperty(Settings.URL, "redis://property:2");
        assertThat(Settings.from(properties, Map.of("REDIS_URL", "redis://env:1")).url())
                .hasValue("redis://property:2");
        assertThat(Settings.from(new Properties(), Map.of("REDIS_URL", " ")).url()).isEmpty();
    }

    @Test
    void takenPort_isSkippedForAnotherOne() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(PortAllocator.LOOPBACK, 0));
            AtomicInteger calls = new AtomicInteger();
            PortAllocator free = new PortAllocator();
            Provisioner provisioner = new Provisioner(settings("embedded", null),
                    () -> calls.getAndIncrement() == 0 ? taken.getLocalPort() : free.getAsInt());

            try (RedisServer redis = provisioner.standalone()) {
                assertThat(calls).hasValue(2);
                assertThat(redis.port()).isNotEqualTo(taken.getLocalPort());
                assertThat(redis.isRunning()).isTrue();
            }
        }
    }

    @Test
    void serverThatCannotStart_reportsTheTailOfItsLog() {
        Settings settings = settings("embedded", null);
        LocalBinary binary = new Provisioner(settings, new PortAllocator()).localBinary();

        assertThatThrownBy(() -> ProcessServer.start(binary, settings, new PortAllocator(),
                port -> List.of("--no-such-directive", "yes")))
                .isInstanceOf(RedisTestException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("no-such-directive")
                .hasMessageContaining("Bad directive")
                .hasMessageContaining("redis.log");
        assertThat(settings.serversDir()).isEmptyDirectory();
    }

    private Provisioner provisioner(String provider, String url) {
        return new Provisioner(settings(provider, url), new PortAllocator());
    }

    private Settings settings(String provider, String url) {
        Properties properties = new Properties();
        properties.setProperty("java.io.tmpdir", root.toString());
        properties.setProperty(Settings.DIR, root.toString());
        if (provider != null) {
            properties.setProperty(Settings.PROVIDER, provider);
        }
        if (url != null) {
            properties.setProperty(Settings.URL, url);
        }
        return Settings.from(properties, Map.of());
    }
}
