package io.redweave.internal.pubsub;

import io.redweave.pubsub.PubSubError.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import redis.clients.jedis.Connection;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A manager's subscriber connection and the thread that reads it: it keeps the connection subscribed to what the
 * {@link Registry} holds, hands messages to the {@link Dispatcher}, and reconnects and resubscribes when the
 * connection is lost or stops answering.
 *
 * <p>Implementation notes: {@link #lock} guards the registry's changes and the {@link Session}. Commands are sent
 * holding it (a socket write, never a read), so they reach Redis in the order the registry changed and Redis ends
 * up subscribed to exactly what has handlers. Other threads send only while Jedis's reply loop runs
 * ({@code live}); otherwise the reader brings Redis in line when the loop starts. The loop ends when Redis
 * reports no subscription left; the reader then waits for the next handler and keeps the connection. After a
 * reconnect, a probe sent behind the resubscriptions tells when all of them are confirmed.
 *
 * <p>The class is larger than most because it is one state machine under one lock: the connection, the reply
 * loop's state, the outage and the heartbeat change together, and splitting them would spread the lock's
 * invariants over several classes. The loop over connections is {@link Reader}'s.
 */
final class Link {
    final Object lock = new Object();
    private final String name;
    private final String target;
    private final Supplier<Connection> connector;
    private final Registry registry;
    private final Dispatcher dispatcher;
    private final Reporter reporter;
    private final Heartbeat heartbeat;
    private final Executor beats;
    private final Backoff backoff = new Backoff();
    private final String probe = "redweave:probe:" + UUID.randomUUID();
    private final String fence = "redweave:resubscribed:" + UUID.randomUUID();

    private Thread thread;
    private Connection connection;
    private Session session;
    private boolean wake;
    private Instant lostAt;
    private String dropReason;
    private volatile boolean live;
    private volatile boolean closed;

    Link(String name, String target, Supplier<Connection> connector, Registry registry, Dispatcher dispatcher,
            Reporter reporter, Heartbeat heartbeat, Executor beats) {
        this.name = name;
        this.target = target;
        this.connector = connector;
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.reporter = reporter;
        this.heartbeat = heartbeat;
        this.beats = beats;
    }

    boolean isClosed() {
        return closed;
    }

    Thread thread() {
        synchronized (lock) {
            return thread;
        }
    }

    /** Brings Redis in line for one name now if the reply loop runs, or else wakes the reader; holding the lock. */
    void changed(boolean pattern, String topicName) {
        if (thread == null) {
            thread = new Thread(new Reader(this, connector), name + "-reader");
            thread.setDaemon(true);
            thread.start();
            heartbeat.schedule(beats, this::beat, this::isClosed);
        }
        if (!live) {
            wake = true;
            lock.notifyAll();
            return;
        }
        try {
            session.sync(registry, pattern, topicName);
        } catch (JedisException e) {
            drop("sending to Redis failed: " + e.getMessage());
        }
    }

    /** Marks the link closed and unsubscribes from everything; holding the lock. Returns the reader, if any. */
    Thread close() {
        closed = true;
        if (live) {
            try {
                session.wire().unsubscribeAll();
            } catch (JedisException e) {
                drop("unsubscribing failed: " + e.getMessage());
            }
        }
        lock.notifyAll();
        return thread;
    }

    /** Cuts the connection, so that a reader blocked on it wakes up; holding the lock. */
    void drop(String reason) {
        if (connection != null) {
            dropReason = reason;
            connection.disconnect();
        }
    }

    /** Takes a newly opened connection into use and returns the Jedis loop to run on it. */
    Wire attach(Connection opened) {
        synchronized (lock) {
            connection = opened;
            session = new Session(new Wire(this));
            return session.wire();
        }
    }

    /** Waits until there is something to subscribe to and picks what starts the reply loop; null once closed. */
    Session.Sent awaitStart() {
        synchronized (lock) {
            live = false;
            heartbeat.reset();
            while (!closed && session.isIdle(registry)) {
                if (lostAt != null) {
                    Reporter.LOG.info("{}: reconnected to {}; no subscription to restore", name, target);
                    lostAt = null;
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return closed ? null : session.start(registry);
        }
    }

    /** The reply loop runs: other threads may now send commands themselves; first bring Redis in line. */
    private void ensureLive() {
        if (live) {
            return;
        }
        live = true;
        backoff.reset();
        if (closed) {
            session.wire().unsubscribeAll();
            return;
        }
        session.syncAll(registry);
        if (lostAt != null) {
            session.probe(fence);
        }
    }

    void message(String channel, String pattern, byte[] payload) {
        heartbeat.heard();
        if (!live) {
            synchronized (lock) {
                ensureLive();
            }
        }
        Topic topic = registry.get(pattern != null, pattern != null ? pattern : channel);
        if (topic != null) {
            dispatcher.dispatch(topic, channel, pattern, payload);
        }
    }

    void replied(Session.Command command, String topicName) {
        heartbeat.heard();
        synchronized (lock) {
            ensureLive();
            if (closed) {
                return;
            }
            Session.Sent sent = session.replied(command, topicName);
            if (fence.equals(sent.name()) && lostAt != null) {
                long millis = Duration.between(lostAt, Instant.now()).toMillis();
                lostAt = null;
                reporter.report(Kind.RESUBSCRIBED, null, null, "The subscriber connection to " + target
                        + " is back after " + millis + " ms: " + registry.count(false) + " channels and "
                        + registry.count(true) + " patterns are subscribed again", null);
            }
        }
    }

    /** Sends a probe, or drops the connection when the last one went unanswered for a whole interval. */
    private void beat() {
        synchronized (lock) {
            if (closed || !live) {
                return;
            }
            if (heartbeat.unanswered()) {
                drop("Redis did not answer a heartbeat within " + heartbeat.interval().toMillis() + " ms");
                return;
            }
            try {
                heartbeat.probed();
                session.probe(probe);
            } catch (JedisException e) {
                drop("sending a heartbeat failed: " + e.getMessage());
            }
        }
    }

    void refused(JedisDataException e) {
        synchronized (lock) {
            Session.Sent sent = session.refused();
            if (closed) {
                return;
            }
            if (sent == null || sent.topic() == null) {
                Reporter.LOG.warn("{}: Redis at {} refused {}: {}", name, target, sent, e.getMessage());
                return;
            }
            Topic topic = sent.topic();
            RuntimeException error = Failures.refused(sent.command().name(), topic, target, e);
            if (registry.remove(topic)) {
                topic.retire(error);
            } else {
                topic.refuse(error);
            }
            reporter.report(Kind.SUBSCRIBE_FAILED, topic.isPattern() ? null : topic.name(),
                    topic.isPattern() ? topic.name() : null, error.getMessage(), e);
        }
    }

    void lost(RuntimeException e) {
        synchronized (lock) {
            String reason = dropReason != null ? dropReason : e.getMessage();
            live = false;
            session = null;
            connection = null;
            dropReason = null;
            registry.all().forEach(Topic::connectionLost);
            if (closed) {
                return;
            }
            if (lostAt != null) {
                Reporter.LOG.debug("{}: reconnecting to {} failed: {}", name, target, reason);
                return;
            }
            lostAt = Instant.now();
            reporter.report(Kind.CONNECTION_LOST, null, null, "The subscriber connection to " + target
                    + " was lost or could not be opened (" + reason + "); reconnecting with backoff, then "
                    + "subscribing again to " + registry.count(false) + " channels and " + registry.count(true)
                    + " patterns. Messages published meanwhile are not delivered", e);
        }
    }

    /** Waits before the next reconnect attempt (less when a new handler wakes it); false once closed. */
    boolean pause() {
        long delayNanos = TimeUnit.MILLISECONDS.toNanos(backoff.next());
        synchronized (lock) {
            long deadline = System.nanoTime() + delayNanos;
            for (long left = delayNanos; !closed && !wake && left > 0; left = deadline - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            wake = false;
            return !closed;
        }
    }
}
