package io.redweave;

/**
 * The root of every exception RedWeave throws. Unchecked, so callers catch only what they can handle.
 *
 * <p>Messages say what was attempted, on which key or host, and what to do. A cause is chained once:
 * RedWeave never wraps its own exceptions again.
 */
public class RedWeaveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RedWeaveException(String message) {
        super(message);
    }

    public RedWeaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
