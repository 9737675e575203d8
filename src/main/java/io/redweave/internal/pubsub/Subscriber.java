package io.redweave.internal.pubsub;

import io.redweave.pubsub.MessageHandler;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;

/**
 * The handlers of a manager, by channel and pattern, kept in step with its subscriber connection ({@link Link}):
 * adding a topic's first handler subscribes, removing its last unsubscribes.
 */
final class Subscriber {
    private final Registry registry;
    private final Link link;
    private final Dispatcher dispatcher;

    Subscriber(Registry registry, Link link, Dispatcher dispatcher) {
        this.registry = registry;
        this.link = link;
        this.dispatcher = dispatcher;
    }

    Optional<Thread> thread() {
        return Optional.ofNullable(link.thread());
    }

    /** Registers a handler, subscribing if it is its topic's first; wait for its confirmation before use. */
    <T> HandlerEntry<T> add(boolean pattern, String topicName, Type type, MessageHandler<T> handler) {
        synchronized (link.lock) {
            if (link.isClosed()) {
                throw new IllegalStateException("The PubSubManager was closed while subscribing to '" + topicName
                        + "': create a new PubSubManager");
            }
            Topic topic = registry.get(pattern, topicName);
            if (topic == null) {
                topic = new Topic(topicName, pattern, dispatcher.newLane());
                registry.put(topic);
            }
            HandlerEntry<T> entry = new HandlerEntry<>(topic, type, handler, topic.confirmed(), this::remove);
            topic.entries().add(entry);
            link.changed(pattern, topicName);
            return entry;
        }
    }

    /** Removes one handler, unsubscribing when it was its topic's last. */
    void remove(HandlerEntry<?> entry) {
        synchronized (link.lock) {
            entry.deactivate();
            Topic topic = entry.topic();
            if (topic.entries().remove(entry) && topic.entries().isEmpty()) {
                retire(topic);
            }
        }
    }

    /** Removes every handler of a topic, or only {@code handler}'s when given; returns whether any was removed. */
    boolean remove(boolean pattern, String topicName, MessageHandler<?> handler) {
        synchronized (link.lock) {
            Topic topic = registry.get(pattern, topicName);
            if (topic == null) {
                return false;
            }
            boolean removed = handler == null;
            for (HandlerEntry<?> entry : topic.entries()) {
                if (handler != null && entry.handles(handler)) {
                    entry.deactivate();
                    removed |= topic.entries().remove(entry);
                }
            }
            if (handler == null || topic.entries().isEmpty()) {
                retire(topic);
            }
            return removed;
        }
    }

    private void retire(Topic topic) {
        if (registry.remove(topic)) {
            topic.retire(null);
            if (!link.isClosed()) {
                link.changed(topic.isPattern(), topic.name());
            }
        }
    }

    /**
     * Removes every handler and unsubscribes from everything, then waits up to {@code timeout} for the reader to
     * read Redis's confirmations and close the connection (then cuts the connection and waits as long again).
     */
    void close(Duration timeout) {
        Thread reader;
        synchronized (link.lock) {
            if (link.isClosed()) {
                return;
            }
            reader = link.close();
            IllegalStateException closing = new IllegalStateException("The PubSubManager was closed while "
                    + "subscribing: create a new PubSubManager");
            registry.all().forEach(topic -> topic.retire(closing));
            registry.clear();
        }
        if (reader == null || reader == Thread.currentThread() || Threads.join(reader, timeout)) {
            return;
        }
        synchronized (link.lock) {
            link.drop("the PubSubManager is closing");
        }
        reader.interrupt();
        Threads.join(reader, timeout);
    }
}
