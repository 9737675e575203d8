package io.redweave.internal.pubsub;

import io.redweave.RedWeaveException;
import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.internal.RedisErrors;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The exceptions of pub/sub, worded for channels (which are not keys): what was attempted on which channel or
 * pattern, what Redis said, and what to do. Classification is {@link RedisErrors}'s.
 */
final class Failures {

    private Failures() {
    }

    /** A failed {@code PUBLISH} or {@code PUBSUB} query; {@code what} reads like "PUBLISH to channel 'orders'". */
    static RedWeaveException failed(String command, String what, String channel, JedisException error) {
        if (RedisErrors.isConnectionFailure(error)) {
            return new RedisConnectionException("Redis " + what + " failed: Redis could not be reached ("
                    + error.getMessage() + "); check that the server is up and the connection settings are right",
                    error);
        }
        return new RedisOperationException(command, channel, "Redis " + what + " failed: " + error.getMessage(),
                error);
    }

    /** Redis answered a {@code SUBSCRIBE} or {@code PSUBSCRIBE} with an error (an ACL, say). */
    static RedisOperationException refused(String command, Topic topic, String target, JedisException error) {
        return new RedisOperationException(command, topic.name(), "Redis at " + target + " refused " + command
                + " to " + topic + ": " + error.getMessage() + ". Its handlers are not registered; check the "
                + "channel permissions (&pattern) of the Redis user, then subscribe again", error);
    }

    /** Redis did not confirm a subscription in time: the subscriber connection is down or slow. */
    static RedisConnectionException unconfirmed(String command, String topic, String target, long millis) {
        return new RedisConnectionException("Redis at " + target + " did not confirm " + command + " to " + topic
                + " within " + millis + " ms: the subscriber connection is down or slow. The handler is not "
                + "registered; subscribe again once Redis is reachable");
    }
}
