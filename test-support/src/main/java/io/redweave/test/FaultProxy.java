package io.redweave.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on a loopback port that sits between a client and a Redis server and injects faults on command:
 * latency, silently dropped traffic, connection resets and half-open connections.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(redis.host(), redis.port())) {
 *     RedisConfig config = RedisConfig.builder().url(proxy.uri()).timeout(Duration.ofMillis(200)).build();
 *     proxy.latency(Duration.ofMillis(500));   // every reply arrives 500 ms late
 *     proxy.drop(true);                        // nothing gets through any more, in either direction
 *     proxy.heal();                            // back to a plain pipe
 * }
 * }</pre>
 *
 * <p>Faults, each switched on and off at any time and applying at once to open and new connections:
 * <ul>
 *   <li>{@link #latency(Duration)}: each chunk of bytes the server sends is held that long before the client
 *       gets it, so a round trip takes at least that much longer;</li>
 *   <li>{@link #drop(boolean)}: bytes are read and thrown away in both directions; connections stay open, so
 *       the client waits for replies that never come;</li>
 *   <li>{@link #halfOpen(boolean)}: new connections are accepted but never connected to the server, nor answered;
 *       open connections are left alone;</li>
 *   <li>{@link #refuse(boolean)}: new connections are reset as soon as they are accepted, as by a server that is
 *       down behind a load balancer;</li>
 *   <li>{@link #resetAll()}: every open connection is reset now (TCP RST).</li>
 * </ul>
 * {@link #acceptedConnections()} counts every connection a client opened, which tells how often a client
 * reconnected (and so authenticated). The proxy's threads are daemons named {@code fault-proxy-<port>-...}; all
 * of them end on {@link #close()}. Thread-safe.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Pipe> pipes = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final Thread acceptor;
    private volatile long latencyNanos;
    private volatile boolean dropping;
    private volatile boolean halfOpen;
    private volatile boolean refusing;
    private volatile boolean closed;

    private FaultProxy(String targetHost, int targetPort, ServerSocket listener) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listener;
        this.acceptor = daemon(this::acceptLoop, "accept");
    }

    /**
     * Starts a proxy on a free port of {@code 127.0.0.1} that forwards to {@code host:port}.
     *
     * @throws RedisTestException if no port can be bound
     */
    public static FaultProxy start(String host, int port) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(PortAllocator.LOOPBACK, 0), 128);
            FaultProxy proxy = new FaultProxy(host, port, listener);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new RedisTestException("cannot open a fault proxy to " + host + ":" + port, e);
        }
    }

    /** The proxy's host, {@code 127.0.0.1}. */
    public String host() {
        return PortAllocator.HOST;
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String uri() {
        return "redis://" + host() + ":" + port();
    }

    /** Holds every chunk the server sends for {@code delay} before passing it on; zero for none. */
    public FaultProxy latency(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency " + delay + " is invalid: it must be zero or positive");
        }
        latencyNanos = delay.toNanos();
        return this;
    }

    /** Throws away every byte in both directions while on; connections stay open. */
    public FaultProxy drop(boolean on) {
        dropping = on;
        return this;
    }

    /** Accepts new connections but never answers them while on. */
    public FaultProxy halfOpen(boolean on) {
        halfOpen = on;
        return this;
    }

    /** Resets new connections as soon as they are accepted while on. */
    public FaultProxy refuse(boolean on) {
        refusing = on;
        return this;
    }

    /** Resets every open connection now. */
    public FaultProxy resetAll() {
        for (Pipe pipe : pipes) {
            pipe.reset();
        }
        return this;
    }

    /** Switches every fault off: no latency, nothing dropped, new connections served. */
    public FaultProxy heal() {
        latencyNanos = 0;
        dropping = false;
        halfOpen = false;
        refusing = false;
        return this;
    }

    /** How many connections clients have opened through the proxy so far. */
    public int acceptedConnections() {
        return accepted.get();
    }

    /** How many client connections are open now. */
    public int openConnections() {
        return open.get();
    }

    /** Stops listening and closes every connection; the proxy's threads end. Closing twice does nothing. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        for (Pipe pipe : pipes) {
            pipe.end();
        }
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FaultProxy " + host() + ":" + port() + " -> " + targetHost + ":" + targetPort;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            if (refusing) {
                reset(client);
            } else {
                serve(client);
            }
        }
    }

    private void serve(Socket client) {
        Pipe pipe = new Pipe(client);
        if (halfOpen) {
            daemon(() -> pump(pipe, client, null, false), "half-open").start();
            return;
        }
        Socket server = new Socket();
        try {
            server.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            server.setTcpNoDelay(true);
            client.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(server);
            pipe.reset();
            return;
        }
        pipe.server = server;
        if (closed) {
            pipe.end();
            return;
        }
        daemon(() -> pump(pipe, client, server, false), "up").start();
        daemon(() -> pump(pipe, server, client, true), "down").start();
    }

    /**
     * Copies {@code from} to {@code to} (or to nowhere when {@code to} is null) until either side closes, applying
     * the faults in force; then ends the pipe.
     */
    private void pump(Pipe pipe, Socket from, Socket to, boolean reply) {
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to == null ? null : to.getOutputStream();
            for (int n = in.read(buffer); n >= 0 && !closed; n = in.read(buffer)) {
                long delay = reply ? latencyNanos : 0;
                if (delay > 0) {
                    LockSupport.parkNanos(delay);
                }
                if (out != null && !dropping) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side closed or was reset: end the connection
        } finally {
            pipe.end();
        }
    }

    /** One client connection and, unless half-open, its connection to the server. */
    private final class Pipe {
        final Socket client;
        volatile Socket server;
        private final AtomicBoolean ended = new AtomicBoolean();

        Pipe(Socket client) {
            this.client = client;
            pipes.add(this);
            open.incrementAndGet();
        }

        void reset() {
            FaultProxy.reset(client);
            end();
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                pipes.remove(this);
                open.decrementAndGet();
            }
            closeQuietly(client);
            Socket upstream = server;
            if (upstream != null) {
                closeQuietly(upstream);
            }
        }
    }

    private Thread daemon(Runnable task, String role) {
        Thread thread = new Thread(task, "fault-proxy-" + (listener.isBound() ? listener.getLocalPort() : 0) + "-" + role);
        thread.setDaemon(true);
        return thread;
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
