package io.redweave.examples.ticketing.http;

import java.util.Map;

/**
 * An HTTP response: a status, a body written as JSON, and extra headers.
 *
 * @param status  the HTTP status
 * @param body    the body, written as JSON
 * @param headers headers besides {@code Content-Type}
 */
public record Response(int status, Object body, Map<String, String> headers) {

    /** 200 with {@code body}. */
    public static Response ok(Object body) {
        return new Response(200, body, Map.of());
    }

    /** 201 with {@code body}. */
    public static Response created(Object body) {
        return new Response(201, body, Map.of());
    }

    /** An error: {@code {"status": 404, "error": "..."}}. */
    public static Response error(int status, String message) {
        return error(status, message, Map.of());
    }

    /** An error with extra headers. */
    public static Response error(int status, String message, Map<String, String> headers) {
        return new Response(status, new ErrorBody(status, message), headers);
    }

    /**
     * The body of every error.
     *
     * @param status the HTTP status, repeated
     * @param error  what went wrong and what to do
     */
    public record ErrorBody(int status, String error) {
    }
}
