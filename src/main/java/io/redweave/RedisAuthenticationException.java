package io.redweave;

/**
 * Redis refused RedWeave's credentials or permissions: a wrong user name or password ({@code WRONGPASS}), a
 * server that needs a password none was given for ({@code NOAUTH}), or an ACL user without a permission a command
 * needs ({@code NOPERM}).
 *
 * <p>It is a {@link RedisConnectionException}, so annotations treat it like an unreachable endpoint: the circuit
 * breaker opens and their failure policy applies, and a misconfigured deployment costs one probe a second rather
 * than one authentication per call. Retrying does not help: fix the credentials or the user's ACL rule (the rule
 * RedWeave needs is in {@code docs/security.md}). The message never contains a password.
 */
public class RedisAuthenticationException extends RedisConnectionException {
    private static final long serialVersionUID = 1L;

    public RedisAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
