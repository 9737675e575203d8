package io.redweave.cache;

import io.redweave.RedWeaveException;

/**
 * A {@code getOrFetch} loader threw a checked exception, which is this exception's cause. Unchecked exceptions
 * and errors thrown by a loader reach the caller as they are, unwrapped.
 */
public class CacheLoaderException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /** Creates the exception for the loader of {@code key}. */
    public CacheLoaderException(String key, Exception cause) {
        super("The loader of cache key '" + key + "' failed: " + cause + "; nothing was cached, the next call "
                + "runs the loader again", cause);
        this.key = key;
    }

    /** The logical cache key whose loader failed. */
    public String key() {
        return key;
    }
}
