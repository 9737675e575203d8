package io.redweave;

/** A session that a call requires is missing or has expired. Carries the session id. */
public class SessionNotFoundException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String sessionId;

    public SessionNotFoundException(String sessionId) {
        super("Session '" + sessionId + "' does not exist or has expired; sign in again to get a new session");
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
