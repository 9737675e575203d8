package io.redweave.test;

/**
 * The unchecked exception thrown when a Redis server or cluster for tests cannot be provisioned, started,
 * stopped or reached. Its message names the server and, for a process that failed to start, ends with the
 * last lines of the server's log.
 */
public class RedisTestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that states what failed and how to fix it. */
    public RedisTestException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public RedisTestException(String message, Throwable cause) {
        super(message, cause);
    }
}
