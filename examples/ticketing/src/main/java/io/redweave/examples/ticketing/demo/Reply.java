package io.redweave.examples.ticketing.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.redweave.examples.ticketing.http.Json;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP response as the client saw it.
 *
 * @param status  the HTTP status
 * @param body    the body, without the newline that ends it
 * @param headers the headers
 * @param elapsed how long the request took, from sending it to reading the whole body
 */
public record Reply(int status, String body, HttpHeaders headers, Duration elapsed) {

    /** The body as a JSON tree. */
    public JsonNode json() {
        return Json.tree(body);
    }

    /** The text of a top-level field of the body, or {@code ""}. */
    public String field(String name) {
        return json().path(name).asText();
    }

    /** A header, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The elapsed time, such as {@code "  52.3 ms"}. */
    public String millis() {
        return String.format(Locale.ROOT, "%6.1f ms", elapsed.toNanos() / 1_000_000.0);
    }
}
