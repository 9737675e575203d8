package io.redweave.pubsub;

/**
 * Hears what goes wrong in a {@link PubSubManager} without a caller to throw to: a handler that threw, a payload
 * that could not be decoded, a message dropped because its handlers fell too far behind, a subscription Redis
 * refused, the subscriber connection lost, and every subscription restored after a reconnect.
 *
 * <p>Listeners are called one event at a time, in order, on a handler thread of the manager (never on the thread
 * that reads from Redis). A listener that throws is logged and ignored.
 */
@FunctionalInterface
public interface ErrorListener {

    /** Called for each event. */
    void onError(PubSubError error);
}
