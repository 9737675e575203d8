/**
 * Publish/subscribe on Redis channels with typed JSON messages: {@link io.redweave.pubsub.PubSubManager}
 * publishes values and delivers them, decoded to a declared type, to {@link io.redweave.pubsub.MessageHandler}s,
 * on a subscriber connection of its own that survives reconnects.
 */
package io.redweave.pubsub;
