package io.redweave.internal.pubsub;

import io.redweave.pubsub.Message;
import io.redweave.pubsub.MessageHandler;
import io.redweave.pubsub.Subscription;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One handler subscribed to one topic with its declared type; it is also the {@link Subscription} handed back to
 * the caller.
 */
final class HandlerEntry<T> implements Subscription {
    private final Topic topic;
    private final Type type;
    private final MessageHandler<T> handler;
    private final CompletableFuture<Void> confirmation;
    private final Consumer<HandlerEntry<?>> remover;
    private volatile boolean active = true;

    HandlerEntry(Topic topic, Type type, MessageHandler<T> handler, CompletableFuture<Void> confirmation,
            Consumer<HandlerEntry<?>> remover) {
        this.topic = topic;
        this.type = type;
        this.handler = handler;
        this.confirmation = confirmation;
        this.remover = remover;
    }

    Topic topic() {
        return topic;
    }

    /** The declared type, which is also the key under which a message is decoded once for all its handlers. */
    Type type() {
        return type;
    }

    /** Completed once Redis confirmed the subscription this handler was added to, or failed when it was not. */
    CompletableFuture<Void> confirmation() {
        return confirmation;
    }

    boolean handles(MessageHandler<?> candidate) {
        return handler == candidate;
    }

    void call(Message<T> message) throws Exception {
        handler.onMessage(message);
    }

    void deactivate() {
        active = false;
    }

    @Override
    public String channel() {
        return topic.name();
    }

    @Override
    public boolean isPattern() {
        return topic.isPattern();
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void close() {
        if (active) {
            remover.accept(this);
        }
    }

    @Override
    public String toString() {
        return "Subscription[" + topic + ", " + type.getTypeName() + (active ? "" : ", closed") + "]";
    }
}
