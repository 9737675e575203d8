package io.redweave.pubsub;

import io.redweave.codec.TypeRef;
import java.util.Set;

/**
 * A publish/subscribe manager: publishes values as JSON on Redis channels, and delivers the messages of the
 * channels and patterns it subscribes to, decoded to a declared type, to handlers.
 *
 * <pre>{@code
 * try (PubSubManager pubSub = redweave.pubSub()) {
 *     Subscription orders = pubSub.subscribe("orders", Order.class,
 *             message -> ship(message.data()));
 *     pubSub.publish("orders", new Order("o-1", 3));
 *     orders.close();                                  // removes this handler only
 * }
 * }</pre>
 *
 * <p><b>Typing.</b> Messages go through the instance's codec (JSON by default) and are decoded to the type each
 * handler declares, never to a type named in the payload. A string is published as a JSON string, so
 * {@code "123"} arrives as the string {@code "123"}, never as a number; {@code null} and {@code ""} stay
 * distinct. A payload that does not decode (published by something else, in another format) is reported as
 * {@link PubSubError.Kind#MALFORMED_PAYLOAD} and skipped.
 *
 * <p><b>Connections.</b> Publishing and the {@code PUBSUB} queries use the pooled client. Subscriptions use one
 * connection that belongs to this manager alone, outside the pool and without a read timeout, opened at the first
 * subscription; managers never share it, so unsubscribing or closing one manager never silences another. When
 * that connection is lost (Redis restarted, a failover), the manager reconnects with backoff (50 ms doubling to
 * 2 s) and subscribes again to every channel and pattern that still has handlers; messages published while it
 * was away are lost, as with any Redis pub/sub subscriber. Both events are reported to the error listeners. A
 * connection that silently stops answering (a dropped idle connection) is found by a heartbeat probe every 15 s
 * and reopened the same way.
 *
 * <p><b>Delivery.</b> One thread per manager reads from Redis and never runs handler code. Each channel
 * subscription, and each pattern subscription, has its own queue: its handlers are called one at a time, in
 * the order the messages arrived, on a handler thread of this manager, and a slow handler delays only its own
 * channel (or pattern). Up to 10,000 messages wait per channel; beyond that new messages of that channel are
 * dropped and reported ({@link PubSubError.Kind#MESSAGE_DROPPED}), because an unread subscriber connection
 * would otherwise make Redis disconnect it. A handler that throws, or a payload that does not decode, is
 * logged and reported to the error listeners, and never stops delivery to other handlers or of later messages.
 *
 * <p><b>Subscribing.</b> {@code subscribe} returns once Redis has confirmed the subscription, so a message
 * published after it returns is delivered. If Redis does not confirm it within the configured timeout, or
 * refuses it, the handler is not registered at all and the call throws; calling it again retries. The same
 * handler may be subscribed more than once and then runs once per subscription.
 *
 * <p><b>Cluster.</b> Classic pub/sub messages are broadcast to every node, so a message published through any
 * node reaches subscribers on every node. {@code PUBSUB NUMSUB} and {@code PUBSUB CHANNELS} only see the
 * subscribers connected to the node asked, so {@link #numSubscribers} and {@link #channels} ask every node the
 * client knows (masters and replicas) and add up the answers.
 *
 * <p>Implementations are thread-safe: subscribe and unsubscribe from any thread, handlers included, while
 * messages flow. After {@link #close()} every method but {@code close} throws {@link IllegalStateException}.
 */
public interface PubSubManager extends AutoCloseable {

    /**
     * Publishes {@code message}, encoded by the codec ({@code null} included), to {@code channel} and returns how
     * many subscribers received it (in a cluster: those connected to the node that took the message). The
     * {@code PUBLISH} is sent once and never retried, so a message is never published twice.
     *
     * @throws io.redweave.RedisConnectionException when Redis cannot be reached
     */
    long publish(String channel, Object message);

    /**
     * Subscribes {@code handler} to {@code channel}, decoding messages to {@code type}.
     *
     * @throws io.redweave.RedisConnectionException when Redis did not confirm the subscription in time; nothing
     *     is registered
     * @throws io.redweave.RedisOperationException when Redis refused it (an ACL, say); nothing is registered
     */
    <T> Subscription subscribe(String channel, Class<T> type, MessageHandler<T> handler);

    /** Subscribes {@code handler} to {@code channel}, decoding messages to a generic type such as a list. */
    <T> Subscription subscribe(String channel, TypeRef<T> type, MessageHandler<T> handler);

    /**
     * Subscribes {@code handler} to every channel matching the glob {@code pattern} ({@code PSUBSCRIBE}); each
     * {@link Message} names the channel and the pattern. Failures are those of {@link #subscribe}.
     */
    <T> Subscription psubscribe(String pattern, Class<T> type, MessageHandler<T> handler);

    /** Subscribes {@code handler} to every channel matching {@code pattern}, decoding to a generic type. */
    <T> Subscription psubscribe(String pattern, TypeRef<T> type, MessageHandler<T> handler);

    /** Removes every handler of {@code channel} and unsubscribes; returns whether there was any. */
    boolean unsubscribe(String channel);

    /**
     * Removes {@code handler} (each subscription of it) from {@code channel}, and unsubscribes when it was the
     * last one; returns whether it was subscribed.
     */
    boolean unsubscribe(String channel, MessageHandler<?> handler);

    /** Removes every handler of {@code pattern} and unsubscribes from it; returns whether there was any. */
    boolean punsubscribe(String pattern);

    /** Removes {@code handler} from {@code pattern}; returns whether it was subscribed. */
    boolean punsubscribe(String pattern, MessageHandler<?> handler);

    /**
     * The number of connections subscribed to {@code channel} ({@code PUBSUB NUMSUB}), across every node of a
     * cluster; pattern subscriptions are not counted. This manager counts as one however many handlers it has.
     */
    long numSubscribers(String channel);

    /** The channels with at least one subscriber ({@code PUBSUB CHANNELS}), sorted; every node of a cluster. */
    Set<String> channels();

    /** The channels matching the glob {@code pattern} with at least one subscriber, sorted. */
    Set<String> channels(String pattern);

    /** Adds a listener for errors and reconnect events; without any, they are still logged. */
    void onError(ErrorListener listener);

    /**
     * Unsubscribes from everything ({@code UNSUBSCRIBE}, {@code PUNSUBSCRIBE}), closes the subscriber connection,
     * and stops this manager's threads. Handlers not yet started for messages already received do not run; a
     * handler running gets up to the configured timeout to finish before its thread is interrupted. Idempotent.
     */
    @Override
    void close();
}
