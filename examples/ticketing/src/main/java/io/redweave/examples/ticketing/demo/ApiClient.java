package io.redweave.examples.ticketing.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of the ticketing API, on {@link HttpClient}, that times every request. */
public final class ApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    /** A client of the API at {@code base}, such as {@code http://127.0.0.1:8080}. */
    public ApiClient(URI base) {
        this.base = base;
    }

    /** {@code GET path}. */
    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** {@code GET path} with {@code Authorization: Bearer <sessionId>}. */
    public Reply get(String path, String sessionId) {
        return send("GET", path, null, sessionId);
    }

    /** {@code POST path} with a JSON body ({@code null} for none). */
    public Reply post(String path, String json) {
        return send("POST", path, json, null);
    }

    /** {@code POST path} with a JSON body ({@code null} for none) and {@code Authorization: Bearer <sessionId>}. */
    public Reply post(String path, String json, String sessionId) {
        return send("POST", path, json, sessionId);
    }

    /** {@code PUT path} with a JSON body. */
    public Reply put(String path, String json) {
        return send("PUT", path, json, null);
    }

    /** Sends a request; {@code json} and {@code sessionId} may be {@code null}. */
    public Reply send(String method, String path, String json, String sessionId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (sessionId != null) {
            request.header("Authorization", "Bearer " + sessionId);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Reply(response.statusCode(), response.body().strip(), response.headers(), elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }
}
