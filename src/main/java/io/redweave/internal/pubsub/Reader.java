package io.redweave.internal.pubsub;

import java.util.function.Supplier;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The body of a manager's reader thread: opens the subscriber connection, runs Jedis's reply loop on it whenever
 * there is something to subscribe to, and on a failure reports it and opens a new connection after a backoff,
 * until the {@link Link} is closed.
 */
final class Reader implements Runnable {
    private final Link link;
    private final Supplier<Connection> connector;

    Reader(Link link, Supplier<Connection> connector) {
        this.link = link;
        this.connector = connector;
    }

    @Override
    public void run() {
        while (true) {
            Connection opened = null;
            try {
                opened = connector.get();
                serve(opened);
                Threads.closeQuietly(opened);
                return;
            } catch (RuntimeException e) {
                Threads.closeQuietly(opened);
                link.lost(e);
                if (!link.pause()) {
                    return;
                }
            }
        }
    }

    /** Runs the reply loop each time there is something to read; returns once the link is closed. */
    private void serve(Connection opened) {
        Wire wire = link.attach(opened);
        for (Session.Sent start = link.awaitStart(); start != null; start = link.awaitStart()) {
            try {
                if (start.command().forPattern()) {
                    wire.proceedWithPatterns(opened, Wire.bytes(start.name()));
                } else {
                    wire.proceed(opened, Wire.bytes(start.name()));
                }
            } catch (JedisDataException e) {
                link.refused(e);
            }
        }
    }
}
