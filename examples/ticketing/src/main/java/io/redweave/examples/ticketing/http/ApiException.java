package io.redweave.examples.ticketing.http;

/** A request the API refuses for a reason of its own (bad input, no such route, no credentials), with its status. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A refusal with HTTP status {@code status} and a message for the client. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400: the request is malformed; the message says how. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
