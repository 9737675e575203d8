package io.redweave.examples.ticketing.http;

import com.sun.net.httpserver.HttpServer;
import io.redweave.examples.ticketing.service.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The HTTP server of one service instance, listening on the loopback interface. */
public final class HttpApi implements AutoCloseable {
    private static final int THREADS = 8;
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpApi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code services} on {@code port} of the loopback interface; port 0 picks a free port.
     *
     * @throws IllegalStateException when the port is taken
     */
    public static HttpApi start(int port, Services services) {
        // The JDK's server writes a response's headers and body in separate packets; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK, about 40 ms on a kept-alive connection. Read once,
        // when the first server is created.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " is already in use: stop what listens there, or pick"
                    + " another port with --port=<n>", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the HTTP server on port " + port, e);
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "http-" + services.instance() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", Endpoints.router(services));
        server.start();
        return new HttpApi(server, executor);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URI of the API, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    /** Stops serving; requests in progress get a moment to finish. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
