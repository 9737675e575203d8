package io.redweave.pubsub;

/**
 * A handle on one handler's subscription to a channel or a pattern; closing it removes that handler only.
 *
 * <p>When the last handler of a channel (or pattern) is removed, the manager sends {@code UNSUBSCRIBE}
 * ({@code PUNSUBSCRIBE}). Closing is idempotent and never throws, also after the manager was closed.
 */
public interface Subscription extends AutoCloseable {

    /** The channel, or the pattern for a pattern subscription. */
    String channel();

    /** Whether this is a pattern subscription ({@code PSUBSCRIBE}). */
    boolean isPattern();

    /** Whether the handler still receives messages: false once it was unsubscribed or the manager was closed. */
    boolean isActive();

    /** Removes this handler; after this returns it is not called again (a call in progress may still finish). */
    @Override
    void close();
}
