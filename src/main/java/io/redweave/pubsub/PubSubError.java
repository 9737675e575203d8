package io.redweave.pubsub;

import java.time.Instant;
import java.util.Objects;

/**
 * An event reported to the {@link ErrorListener}s of a {@link PubSubManager}; each is also logged.
 *
 * @param kind        what happened
 * @param channel     the channel concerned, or {@code null} for connection events and pattern subscriptions
 * @param pattern     the pattern concerned, or {@code null}
 * @param description what happened, what it means for delivery and what to do, fit for a log line
 * @param cause       the exception behind it (a handler's exception, Redis's error), or {@code null}
 * @param at          when it happened
 */
public record PubSubError(Kind kind, String channel, String pattern, String description, Throwable cause,
        Instant at) {

    /** Checks that kind, description and time are present. */
    public PubSubError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(at, "at");
    }

    /** What happened. */
    public enum Kind {
        /** A handler threw; the other handlers and later messages were delivered as usual. */
        HANDLER_FAILED,
        /** A payload could not be decoded to a handler's declared type; those handlers did not receive it. */
        MALFORMED_PAYLOAD,
        /**
         * Messages of a channel are being dropped because too many wait for its handlers; reported once until its
         * queue empties again (the number dropped is then logged).
         */
        MESSAGE_DROPPED,
        /**
         * Redis refused a {@code SUBSCRIBE} or {@code PSUBSCRIBE} (an ACL, say), or restoring one after a reconnect
         * failed: that channel's handlers were removed.
         */
        SUBSCRIBE_FAILED,
        /**
         * The subscriber connection was lost, could not be opened, or stopped answering the heartbeat; the manager
         * reconnects with backoff, and messages published meanwhile are not delivered (Redis pub/sub keeps nothing
         * for absent subscribers). Reported once per outage.
         */
        CONNECTION_LOST,
        /** The subscriber connection is back and every subscription that still has handlers is active again. */
        RESUBSCRIBED
    }
}
