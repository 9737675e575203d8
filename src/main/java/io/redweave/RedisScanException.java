package io.redweave;

/** A {@code SCAN} over a pattern failed part way. Carries the pattern. */
public class RedisScanException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String pattern;

    public RedisScanException(String pattern, String message, Throwable cause) {
        super(message, cause);
        this.pattern = pattern;
    }

    /** The {@code MATCH} pattern of the scan that failed. */
    public String pattern() {
        return pattern;
    }
}
