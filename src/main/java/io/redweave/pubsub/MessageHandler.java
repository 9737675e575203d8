package io.redweave.pubsub;

/**
 * Receives the messages of a subscription, decoded to the type declared when subscribing.
 *
 * <p>A handler may throw: the exception is logged and reported to the {@link ErrorListener}s, and delivery goes
 * on with the next handler and the next message. Handlers of one channel (or one pattern) are called one at a
 * time, in the order the messages arrived; see {@link PubSubManager} for the threads they run on.
 *
 * @param <T> the declared message type
 */
@FunctionalInterface
public interface MessageHandler<T> {

    /** Handles one message. */
    void onMessage(Message<T> message) throws Exception;
}
