package io.redweave.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fast check whether a Docker engine answers, made before Testcontainers is asked (which is slow and loud
 * when there is none): an HTTP {@code GET /_ping} on {@code DOCKER_HOST} or on the usual socket paths, each
 * bounded by a short timeout.
 */
final class DockerProbe {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final byte[] PING =
            "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private DockerProbe() {
    }

    /** Whether a Docker engine answers {@code /_ping} with {@code 200}. */
    static boolean engineAnswers() {
        return candidates().stream().anyMatch(DockerProbe::answers);
    }

    private static List<SocketAddress> candidates() {
        List<SocketAddress> addresses = new ArrayList<>();
        Optional<String> dockerHost = Optional.ofNullable(System.getenv("DOCKER_HOST")).filter(h -> !h.isBlank());
        if (dockerHost.isPresent()) {
            address(dockerHost.get()).ifPresent(addresses::add);
            return addresses;
        }
        String home = System.getProperty("user.home", "");
        List<Path> sockets = new ArrayList<>(List.of(Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of(home, ".colima", "default", "docker.sock"),
                Path.of(home, ".rd", "docker.sock")));
        Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).map(dir -> Path.of(dir, "docker.sock"))
                .ifPresent(sockets::add);
        sockets.stream().filter(Files::exists).map(UnixDomainSocketAddress::of).forEach(addresses::add);
        return addresses;
    }

    private static Optional<SocketAddress> address(String dockerHost) {
        try {
            URI uri = URI.create(dockerHost);
            if ("unix".equals(uri.getScheme()) && uri.getPath() != null && Files.exists(Path.of(uri.getPath()))) {
                return Optional.of(UnixDomainSocketAddress.of(uri.getPath()));
            }
            if ("tcp".equals(uri.getScheme()) && uri.getHost() != null) {
                return Optional.of(new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 2375 : uri.getPort()));
            }
        } catch (IllegalArgumentException e) {
            // not a URI: no engine we can ping
        }
        return Optional.empty();
    }

    private static boolean answers(SocketAddress address) {
        boolean unix = address instanceof UnixDomainSocketAddress;
        try (SocketChannel channel = unix ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
             Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            if (!channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                if (!await(selector, deadline) || !channel.finishConnect()) {
                    return false;
                }
                selector.selectedKeys().clear();
            }
            channel.write(ByteBuffer.wrap(PING));
            ByteBuffer reply = ByteBuffer.allocate(256);
            channel.register(selector, SelectionKey.OP_READ);
            while (reply.hasRemaining() && await(selector, deadline)) {
                selector.selectedKeys().clear();
                if (channel.read(reply) < 0) {
                    break;
                }
                String text = new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII);
                if (text.contains("\r\n")) {
                    return text.startsWith("HTTP/1.") && text.substring(9).startsWith("200");
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean await(Selector selector, long deadline) throws IOException {
        long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
        return remainingMillis > 0 && selector.select(remainingMillis) > 0;
    }
}
