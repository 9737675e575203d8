package io.redweave.test;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A {@link RedisServer} in a Docker container started by Testcontainers. The container publishes Redis on a
 * fixed host port, so that a stopped or killed container starts again on the same port.
 */
final class ContainerServer implements RedisServer {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerServer.class);
    private static final int REDIS_PORT = 6379;
    private static final int PORT_ATTEMPTS = 4;

    private final GenericContainer<?> container;
    private final int port;
    private final Duration startupTimeout;

    private ContainerServer(GenericContainer<?> container, int port, Duration startupTimeout) {
        this.container = container;
        this.port = port;
        this.startupTimeout = startupTimeout;
    }

    /** Whether Testcontainers is on the classpath and finds a Docker engine. */
    static boolean available() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, ContainerServer.class.getClassLoader());
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static ContainerServer start(Settings settings, IntSupplier ports) {
        for (int attempt = 1; ; attempt++) {
            int port = ports.getAsInt();
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(settings.image()))
                    .withCommand("redis-server", "--save", "", "--appendonly", "no")
                    .withExposedPorts(REDIS_PORT)
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(
                            new PortBinding(Ports.Binding.bindPort(port), ExposedPort.tcp(REDIS_PORT))))
                    .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*\\n", 1)
                            .withStartupTimeout(settings.startupTimeout()));
            try {
                container.start();
            } catch (RuntimeException e) {
                container.stop();
                if (attempt == PORT_ATTEMPTS) {
                    throw new RedisTestException("cannot start a Redis container (" + settings.image()
                            + ") with host port " + port + ": " + e.getMessage(), e);
                }
                LOG.debug("Redis container did not start on host port {}, trying another", port, e);
                continue;
            }
            ContainerServer server = new ContainerServer(container, port, settings.startupTimeout());
            LiveServers.add(server);
            try {
                server.awaitPing();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return server;
        }
    }

    private void awaitPing() {
        Await.until(startupTimeout, this::isRunning, () -> this + " does not answer PING");
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String uri() {
        return "redis://" + host() + ":" + port;
    }

    @Override
    public String provider() {
        return Provider.DOCKER.label();
    }

    @Override
    public boolean canRestart() {
        return true;
    }

    @Override
    public OptionalLong pid() {
        return OptionalLong.empty();
    }

    @Override
    public synchronized void stop() {
        if (containerRunning()) {
            container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(2).exec();
            Await.until(startupTimeout, () -> !containerRunning(), () -> this + " does not stop");
        }
    }

    @Override
    public synchronized void kill() {
        if (containerRunning()) {
            container.getDockerClient().killContainerCmd(container.getContainerId()).exec();
            Await.until(startupTimeout, () -> !containerRunning(), () -> this + " does not die");
        }
    }

    @Override
    public synchronized void start() {
        if (!containerRunning()) {
            container.getDockerClient().startContainerCmd(container.getContainerId()).exec();
            awaitPing();
        }
    }

    private boolean containerRunning() {
        return Boolean.TRUE.equals(container.getDockerClient().inspectContainerCmd(container.getContainerId())
                .exec().getState().getRunning());
    }

    @Override
    public boolean isRunning() {
        try (Jedis jedis = new Jedis(new HostAndPort(host(), port), Commands.config(500))) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    @Override
    public void flushAll() {
        try (Jedis jedis = new Jedis(new HostAndPort(host(), port), Commands.config(5_000))) {
            jedis.flushAll();
        }
    }

    @Override
    public void close() {
        container.stop();
        LiveServers.remove(this);
    }

    @Override
    public String toString() {
        return "Redis container (" + container.getDockerImageName() + ") on " + host() + ":" + port;
    }
}
