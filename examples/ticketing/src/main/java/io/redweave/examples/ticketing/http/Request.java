package io.redweave.examples.ticketing.http;

import com.sun.net.httpserver.Headers;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An HTTP request as the endpoints see it: the values of the path's placeholders, the headers and the body.
 *
 * @param method     the HTTP method
 * @param pathParams the values of the route's placeholders, by name (decoded)
 * @param headers    the request headers
 * @param body       the body, possibly empty
 */
public record Request(String method, Map<String, String> pathParams, Headers headers, byte[] body) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_SESSION_ID = 128;

    /**
     * The path placeholder {@code name}, checked as an id.
     *
     * @throws ApiException 400 when it is not 1 to 64 letters, digits, '-' or '_'
     */
    public String id(String name) {
        String value = pathParams.get(name);
        if (value == null || !ID.matcher(value).matches()) {
            throw ApiException.badRequest(name + " '" + value + "' is invalid: an id has 1 to 64 letters, digits,"
                    + " '-' or '_'");
        }
        return value;
    }

    /**
     * The session id from {@code Authorization: Bearer <sessionId>}.
     *
     * @throws ApiException 401 when the header is missing or not a bearer token
     */
    public String sessionId() {
        String authorization = headers.getFirst("Authorization");
        String prefix = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())
                || authorization.length() == prefix.length()) {
            throw new ApiException(401, "sign in first: POST /login with {\"user\": \"ada\"}, then send"
                    + " 'Authorization: Bearer <sessionId>'");
        }
        String sessionId = authorization.substring(prefix.length()).trim();
        if (sessionId.isEmpty() || sessionId.length() > MAX_SESSION_ID) {
            throw ApiException.badRequest("the session id is invalid: it must have 1 to " + MAX_SESSION_ID
                    + " characters");
        }
        return sessionId;
    }

    /**
     * The body, read as {@code type}.
     *
     * @param example a valid body, quoted in the error message
     * @throws ApiException 400 when the body is missing or not a valid {@code type}
     */
    public <T> T body(Class<T> type, String example) {
        if (body.length == 0) {
            throw ApiException.badRequest("a JSON body is required: send " + example);
        }
        return Json.read(body, type, example);
    }

    /** The body read as {@code type}, or {@code empty} when there is none. */
    public <T> T bodyOr(Class<T> type, String example, T empty) {
        return body.length == 0 ? empty : Json.read(body, type, example);
    }
}
