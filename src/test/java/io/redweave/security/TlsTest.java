package io.redweave.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.reliability.Measure;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * TLS ({@code rediss://}) against a real {@code redis-server} with a certificate the test generates: with the test
 * CA in the JVM's trust store every manager works, as an ACL user too; an untrusted certificate, a certificate for
 * another host and a plain client on the TLS port all fail with a {@link RedisConnectionException} in bounded time.
 */
class TlsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(1_000);

    @TempDir
    static Path dir;
    private static TestCertificates certs;
    private static RedisServer server;
    private static int tlsPort;

    @BeforeAll
    static void start() throws IOException, GeneralSecurityException {
        certs = TestCertificates.generate(dir);
        try (ServerSocket free = new ServerSocket(0)) {
            tlsPort = free.getLocalPort();
        }
        server = RedisServers.startLocal(List.of("--tls-port", Integer.toString(tlsPort),
                "--tls-cert-file", certs.serverPem().toString(), "--tls-key-file", certs.serverKey().toString(),
                "--tls-ca-cert-file", certs.caPem().toString(), "--tls-auth-clients", "no"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String tlsUrl() {
        return "rediss://127.0.0.1:" + tlsPort;
    }

    /** Runs {@code action} with the test CA as the JVM's trust store (the documented way), then restores it. */
    static <T> T trustingTheTestCa(Supplier<T> action) {
        Properties saved = (Properties) System.getProperties().clone();
        System.setProperty("javax.net.ssl.trustStore", certs.trustStore().toString());
        System.setProperty("javax.net.ssl.trustStorePassword", TestCertificates.STORE_PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        try {
            return action.get();
        } finally {
            for (String name : List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
                    "javax.net.ssl.trustStoreType")) {
                if (saved.containsKey(name)) {
                    System.setProperty(name, saved.getProperty(name));
                } else {
                    System.clearProperty(name);
                }
            }
        }
    }

    @Test
    void rediss_withTheTestCaTrusted_everyManagerWorksOverTls_asAnAclUser() {
        try (Jedis admin = new Jedis(new HostAndPort(server.host(), server.port()))) {
            admin.aclSetUser("app", AclTest.rule(AclTest.NAMESPACED_KEYS).split(" "));
            trustingTheTestCa(() -> {
                RedisConfig config = RedisConfig.builder().url("rediss://app:app-secret@127.0.0.1:" + tlsPort).build();
                assertThat(config.tls()).isTrue();
                try (RedWeave redweave = RedWeave.builder().config(config).namespace("app").build()) {
                    Workload.runAll(redweave, "tls");
                }
                return null;
            });
            assertThat(admin.aclLog()).isEmpty();
        }
    }

    @Test
    void untrustedCertificate_failsWithRedisConnectionException_namingTheTarget() {
        Throwable error = timedFailure("untrusted certificate",
                () -> RedWeave.builder().config(RedisConfig.builder().url(tlsUrl()).timeout(TIMEOUT).build()).build());
        assertThat(error).isInstanceOf(RedisConnectionException.class).hasMessageContaining(tlsUrl());
        assertThat(Secrets.chain(error)).contains("SSLHandshakeException");
    }

    @Test
    void certificateForAnotherHost_isRefused() {
        try (Jedis admin = new Jedis(new HostAndPort(server.host(), server.port()))) {
            admin.configSet("tls-cert-file", certs.otherPem().toString());
            try {
                Throwable error = trustingTheTestCa(() -> timedFailure("certificate for another host",
                        () -> RedWeave.builder().config(RedisConfig.builder().url(tlsUrl()).timeout(TIMEOUT).build())
                                .build()));
                assertThat(error).isInstanceOf(RedisConnectionException.class);
                assertThat(Secrets.chain(error)).contains("SSLHandshakeException").contains("127.0.0.1");
            } finally {
                admin.configSet("tls-cert-file", certs.serverPem().toString());
            }
        }
    }

    @Test
    void plainClientOnTheTlsPort_failsWithRedisConnectionException_withinTheTimeout() {
        Throwable error = timedFailure("plain client on the TLS port", () -> RedWeave.builder()
                .config(RedisConfig.builder().url("redis://127.0.0.1:" + tlsPort).timeout(TIMEOUT).build()).build());
        assertThat(error).isInstanceOf(RedisConnectionException.class);
    }

    private static Throwable timedFailure(String what, Supplier<RedWeave> connect) {
        long started = System.nanoTime();
        Throwable error = catchThrowable(() -> connect.get().close());
        long took = System.nanoTime() - started;
        Measure.report("tls", what + ": " + (error == null ? "no error" : error.getClass().getSimpleName())
                + " after " + Measure.millis(took));
        assertThat(Duration.ofNanos(took)).isLessThan(TIMEOUT.multipliedBy(3));
        return error;
    }
}
