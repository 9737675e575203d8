package io.redweave.examples.ticketing.http;

import java.util.regex.Pattern;

/**
 * The body of {@code POST /login}: {@code {"user": "ada"}}.
 *
 * @param user the id of the user signing in
 */
public record LoginRequest(String user) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Checks that a user is named, with a valid id. */
    public LoginRequest {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is required: send {\"user\": \"ada\"}");
        }
        if (!ID.matcher(user).matches()) {
            throw new IllegalArgumentException("user '" + user + "' is invalid: a user id has 1 to 64 letters,"
                    + " digits, '-' or '_'");
        }
    }
}
