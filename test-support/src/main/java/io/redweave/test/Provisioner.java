package io.redweave.test;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where servers come from: {@code REDIS_URL}, then Docker, then a {@code redis-server} on the
 * {@code PATH}, then the binary in the {@code embedded-redis} jar; or only the provider forced by
 * {@code redweave.test.redis.provider}.
 */
final class Provisioner {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    private final Settings settings;
    private final IntSupplier ports;

    Provisioner(Settings settings, IntSupplier ports) {
        this.settings = settings;
        this.ports = ports;
    }

    static Provisioner current() {
        return new Provisioner(Settings.current(), new PortAllocator());
    }

    /** A clean standalone server from the first provider that is available. */
    RedisServer standalone() {
        Optional<Provider> forced = settings.forcedProvider();
        if (forced.isPresent()) {
            return standalone(forced.get());
        }
        if (settings.url().isPresent()) {
            return standalone(Provider.URL);
        }
        if (DockerProbe.engineAnswers()) {
            if (ContainerServer.available()) {
                return standalone(Provider.DOCKER);
            }
            LOG.warn("a Docker engine answers but Testcontainers cannot use it; using a local redis-server");
        }
        return local(localBinary());
    }

    private RedisServer standalone(Provider provider) {
        if (provider == Provider.URL) {
            String url = settings.url().orElseThrow(() -> new RedisTestException(Settings.PROVIDER
                    + "=url needs " + Settings.URL_ENV + " or " + Settings.URL + " to name the server"));
            ExternalServer external = ExternalServer.connect(url);
            external.flushAll();
            return external;
        }
        if (provider == Provider.DOCKER) {
            if (!ContainerServer.available()) {
                throw new RedisTestException(Settings.PROVIDER + "=docker but Testcontainers finds no Docker engine;"
                        + " start Docker or choose another provider");
            }
            return ContainerServer.start(settings, ports);
        }
        return local(binary(provider));
    }

    private RedisServer local(LocalBinary binary) {
        return ProcessServer.start(binary, settings, ports, port -> List.of());
    }

    /**
     * The local binary for processes that cannot come from elsewhere, such as cluster nodes: the forced provider
     * if it is {@code path} or {@code embedded}, else the {@code PATH}, else the embedded binary.
     */
    LocalBinary localBinary() {
        Optional<Provider> forced = settings.forcedProvider()
                .filter(p -> p == Provider.PATH || p == Provider.EMBEDDED);
        if (forced.isPresent()) {
            return binary(forced.get());
        }
        return LocalBinary.onPath().orElseGet(() -> LocalBinary.embedded(settings));
    }

    private LocalBinary binary(Provider provider) {
        if (provider == Provider.PATH) {
            return LocalBinary.onPath().orElseThrow(() -> new RedisTestException(Settings.PROVIDER
                    + "=path but there is no redis-server on the PATH; install one or choose another provider"));
        }
        return LocalBinary.embedded(settings);
    }

    Settings settings() {
        return settings;
    }

    IntSupplier ports() {
        return ports;
    }
}
