package io.redweave;

/** Redis could not be reached, or the connection broke: the server, the network or the pool is at fault. */
public class RedisConnectionException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    public RedisConnectionException(String message) {
        super(message);
    }

    public RedisConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
