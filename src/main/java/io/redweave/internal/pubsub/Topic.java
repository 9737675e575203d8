package io.redweave.internal.pubsub;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel or a pattern with the handlers subscribed to it, the queue their messages wait in, and whether Redis
 * has confirmed the subscription on the current connection.
 *
 * <p>A topic object lives from its first handler to its last: unsubscribing and subscribing again makes a new
 * one, so a reply that Redis sent for the old one never confirms the new one.
 */
final class Topic {
    private final String name;
    private final boolean pattern;
    private final SerialExecutor lane;
    private final List<HandlerEntry<?>> entries = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();

    /** Completed when Redis confirms the subscription on the current connection; guarded by the lock. */
    private CompletableFuture<Void> confirmed = new CompletableFuture<>();
    /** Whether a (P)SUBSCRIBE for this topic awaits its reply on the current connection; guarded by the lock. */
    private boolean inFlight;

    Topic(String name, boolean pattern, SerialExecutor lane) {
        this.name = name;
        this.pattern = pattern;
        this.lane = lane;
    }

    String name() {
        return name;
    }

    boolean isPattern() {
        return pattern;
    }

    SerialExecutor lane() {
        return lane;
    }

    List<HandlerEntry<?>> entries() {
        return entries;
    }

    /** Counts a dropped message; returns true for the first drop since the queue last emptied. */
    boolean drop() {
        return dropped.getAndIncrement() == 0;
    }

    /** The number of messages dropped since the queue last emptied, starting the count over. */
    long resetDropped() {
        return dropped.get() == 0 ? 0 : dropped.getAndSet(0);
    }

    CompletableFuture<Void> confirmed() {
        return confirmed;
    }

    /** Whether a confirmation must be asked for: none has come on this connection and none is awaited. */
    boolean needsSubscribe() {
        return !confirmed.isDone() && !inFlight;
    }

    void sent() {
        inFlight = true;
    }

    void confirm() {
        inFlight = false;
        confirmed.complete(null);
    }

    void refuse(RuntimeException reason) {
        inFlight = false;
        confirmed.completeExceptionally(reason);
    }

    /** Forgets the lost connection: the subscription must be confirmed again on the next one. */
    void connectionLost() {
        inFlight = false;
        if (confirmed.isDone()) {
            confirmed = new CompletableFuture<>();
        }
    }

    /** Removes every handler and releases anyone waiting for a confirmation. */
    void retire(RuntimeException reasonForWaiters) {
        entries.forEach(HandlerEntry::deactivate);
        entries.clear();
        if (reasonForWaiters == null) {
            confirmed.complete(null);
        } else {
            confirmed.completeExceptionally(reasonForWaiters);
        }
    }

    @Override
    public String toString() {
        return (pattern ? "pattern '" : "channel '") + name + "'";
    }
}
