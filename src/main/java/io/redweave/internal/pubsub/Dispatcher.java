package io.redweave.internal.pubsub;

import io.redweave.codec.Codec;
import io.redweave.codec.Decoded;
import io.redweave.pubsub.Message;
import io.redweave.pubsub.PubSubError.Kind;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Delivers messages to handlers: each topic's messages wait in the topic's own queue and are run one at a time,
 * in order, on the manager's handler threads. A message is decoded once per declared type; a handler that throws
 * and a payload that does not decode are reported, and the next handler and the next message go on.
 */
final class Dispatcher {
    static final int MAX_WAITING_MESSAGES = 10_000;

    private final String name;
    private final Codec codec;
    private final Reporter reporter;
    private final ExecutorService handlerThreads;

    Dispatcher(String name, Codec codec, Reporter reporter, ExecutorService handlerThreads) {
        this.name = name;
        this.codec = codec;
        this.reporter = reporter;
        this.handlerThreads = handlerThreads;
    }

    /** A new queue for a topic's messages. */
    SerialExecutor newLane() {
        return new SerialExecutor(handlerThreads, MAX_WAITING_MESSAGES);
    }

    /** Queues a message for the topic's handlers, or drops it when too many are waiting already. */
    void dispatch(Topic topic, String channel, String pattern, byte[] payload) {
        Instant receivedAt = Instant.now();
        if (!topic.lane().offer(() -> deliver(topic, channel, pattern, payload, receivedAt)) && topic.drop()) {
            reporter.report(Kind.MESSAGE_DROPPED, channel, pattern, MAX_WAITING_MESSAGES + " messages of " + topic
                    + " are waiting for its handlers, so new ones are dropped until they catch up (reported once "
                    + "until then); make the handlers faster, or hand the work to an executor of your own", null);
        }
    }

    private void deliver(Topic topic, String channel, String pattern, byte[] payload, Instant receivedAt) {
        Map<Type, Decoded<?>> decoded = new HashMap<>(4);
        for (HandlerEntry<?> entry : topic.entries()) {
            if (entry.isActive()) {
                deliver(entry, channel, pattern, payload, receivedAt, decoded);
            }
        }
        long dropped = topic.lane().pending() <= 1 ? topic.resetDropped() : 0;
        if (dropped > 0) {
            Reporter.LOG.info("{}: the handlers of {} caught up; {} messages were dropped", name, topic, dropped);
        }
    }

    private <T> void deliver(HandlerEntry<T> entry, String channel, String pattern, byte[] payload,
            Instant receivedAt, Map<Type, Decoded<?>> decoded) {
        Decoded<?> result = decoded.get(entry.type());
        if (result == null) {
            result = codec.decode(payload, entry.type());
            decoded.put(entry.type(), result);
            if (result instanceof Decoded.Malformed<?> malformed) {
                reporter.report(Kind.MALFORMED_PAYLOAD, channel, pattern, "A message on channel '" + channel
                        + "' could not be decoded to " + entry.type().getTypeName() + " (" + malformed.reason()
                        + "); the handlers of " + entry.topic() + " that declared that type skipped it", null);
            }
        }
        if (!(result instanceof Decoded.Value<?> value)) {
            return;
        }
        @SuppressWarnings("unchecked") // the entry's declared type is the one the value was decoded to
        T data = (T) value.value();
        try {
            entry.call(new Message<>(channel, pattern, data, receivedAt));
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            reporter.report(Kind.HANDLER_FAILED, channel, pattern, "A handler of " + entry.topic() + " threw "
                    + e + " on a message of channel '" + channel + "'; the other handlers and later messages are "
                    + "delivered as usual", e);
        }
    }
}
