package io.redweave.examples.ticketing.service;

import io.redweave.pubsub.Message;
import io.redweave.pubsub.PubSubManager;
import io.redweave.pubsub.Subscription;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The sales one service instance has been told about: its subscription to the "tickets sold" channel, keeping the
 * latest {@link #KEPT} messages. Every instance has one, so a sale made by any instance reaches all of them.
 */
public final class SalesFeed implements AutoCloseable {
    /** How many notices the feed keeps. */
    public static final int KEPT = 50;

    private final String instance;
    private final Deque<SaleNotice> latest = new ConcurrentLinkedDeque<>();
    private final Subscription subscription;

    /**
     * Subscribes to {@code channel}; returns once Redis has confirmed the subscription.
     *
     * @throws io.redweave.RedisConnectionException when Redis does not confirm it in time
     */
    public SalesFeed(PubSubManager pubSub, String channel, String instance) {
        this.instance = instance;
        this.subscription = pubSub.subscribe(channel, TicketSold.class, this::received);
    }

    private void received(Message<TicketSold> message) {
        latest.addFirst(new SaleNotice(message.data(), instance, message.receivedAt()));
        while (latest.size() > KEPT) {
            latest.pollLast();
        }
    }

    /** The notices received, newest first. */
    public List<SaleNotice> latest() {
        return new ArrayList<>(latest);
    }

    /** Unsubscribes. */
    @Override
    public void close() {
        subscription.close();
    }
}
