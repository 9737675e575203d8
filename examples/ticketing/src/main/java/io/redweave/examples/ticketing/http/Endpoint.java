package io.redweave.examples.ticketing.http;

/** What one route does: turns a request into a response, or throws (see {@link Errors} for the mapping). */
@FunctionalInterface
public interface Endpoint {

    /** Handles one request. */
    Response handle(Request request) throws Exception;
}
