package io.redweave.examples.ticketing.service;

/** A sign-in was refused: an unknown user, or (under {@code SessionPolicy.REJECT}) too many sessions. */
public class LoginFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A refused sign-in, and why. */
    public LoginFailedException(String message) {
        super(message);
    }
}
