package io.redweave;

/** A Redis command failed. Carries the operation's name and the key it touched (or {@code null}). */
public class RedisOperationException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String key;

    public RedisOperationException(String operation, String key, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.key = key;
    }

    /** The RedWeave operation that failed, such as {@code cache.get} or {@code SCAN}. */
    public String operation() {
        return operation;
    }

    /** The key the operation touched, or {@code null} when it spans many keys. */
    public String key() {
        return key;
    }
}
