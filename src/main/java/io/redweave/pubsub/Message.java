package io.redweave.pubsub;

import java.time.Instant;
import java.util.Objects;

/**
 * A message received on a channel, decoded to the handler's declared type.
 *
 * @param channel    the channel the message was published to
 * @param pattern    the pattern that matched the channel, for a pattern subscription; {@code null} for a channel
 *                   subscription
 * @param data       the decoded message; {@code null} when {@code null} was published
 * @param receivedAt when this process read the message from Redis (Redis does not carry the publish time; put it
 *                   in the message when you need it)
 * @param <T>        the declared type
 */
public record Message<T>(String channel, String pattern, T data, Instant receivedAt) {

    /** Checks that the channel and the receive time are present. */
    public Message {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Whether the message was delivered through a pattern subscription. */
    public boolean matchedPattern() {
        return pattern != null;
    }
}
