/**
 * The Jedis implementation of {@link io.redweave.pubsub.PubSubManager}: a subscriber connection per manager read
 * by one thread ({@code Subscriber}), whose subscriptions follow the handlers registered ({@code Registry}), and
 * handler queues per channel or pattern run on the manager's handler threads ({@code Dispatcher}).
 */
package io.redweave.internal.pubsub;
