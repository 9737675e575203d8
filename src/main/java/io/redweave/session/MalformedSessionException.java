package io.redweave.session;

import io.redweave.RedWeaveException;

/**
 * A session hash holds a field RedWeave cannot read (written by something else, or damaged): carries the key,
 * the field and the value.
 */
public class MalformedSessionException extends RedWeaveException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;

    /** Creates the exception; the message names the key, the field, the value and the reason. */
    public MalformedSessionException(String key, String field, String value, String reason) {
        super("Session hash '" + key + "' has an unreadable field '" + field + "' = '" + abbreviate(value) + "': "
                + reason + "; delete the session (deleteSession) or rewrite the field");
        this.key = key;
        this.field = field;
    }

    /** Creates the exception for a key that cannot be read as a session at all. */
    public MalformedSessionException(String key, String reason) {
        super("Session key '" + key + "' cannot be read: " + reason + "; delete the session (deleteSession)");
        this.key = key;
        this.field = null;
    }

    /** The session's key. */
    public String key() {
        return key;
    }

    /** The field that could not be read, or {@code null} when the whole key could not be read. */
    public String field() {
        return field;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "(missing)";
        }
        return value.length() <= 120 ? value : value.substring(0, 120) + "...";
    }
}
