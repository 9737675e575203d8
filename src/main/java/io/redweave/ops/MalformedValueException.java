package io.redweave.ops;

import io.redweave.RedWeaveException;

/**
 * A stored value that cannot be decoded to the type the caller declared (written by something else, with another
 * type, or damaged): carries the key, where in the key the value was, the codec's reason and the raw bytes.
 *
 * <p>When the value came from a pop or a move ({@code LPOP}, {@code BLPOP}, {@code LMOVE}, ...), Redis has already
 * removed it from the list: {@link #payload()} is then the only copy left, so nothing is lost silently.
 */
public class MalformedValueException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String location;
    private final String reason;
    private final byte[] payload;

    /**
     * Creates the exception; the message names the key, the location and the reason.
     *
     * @param key      the Redis key
     * @param location where in the key the value was, such as {@code field 'name'} or {@code element at index 3}
     * @param reason   why the codec could not decode it
     * @param payload  the stored bytes
     * @param removed  whether Redis has removed the value (a pop or a move)
     */
    public MalformedValueException(String key, String location, String reason, byte[] payload, boolean removed) {
        super("Cannot decode the " + location + " of '" + key + "': " + reason
                + (removed ? "; the value was removed from Redis, and payload() holds its bytes"
                        : "; read it with the type it was written with, or overwrite it"));
        this.key = key;
        this.location = location;
        this.reason = reason;
        this.payload = payload.clone();
    }

    /** The Redis key that holds the value. */
    public String key() {
        return key;
    }

    /** Where in the key the value was, such as {@code field 'name'} or {@code element at index 3}. */
    public String location() {
        return location;
    }

    /** Why the codec could not decode the value. */
    public String reason() {
        return reason;
    }

    /** A copy of the stored bytes. */
    public byte[] payload() {
        return payload.clone();
    }
}
