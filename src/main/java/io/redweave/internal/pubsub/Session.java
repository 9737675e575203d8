package io.redweave.internal.pubsub;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;

/**
 * What one subscriber connection has asked of Redis, kept in step with the {@link Registry}: the channels and
 * patterns subscribed to, and the commands still awaiting their reply, in the order they were sent.
 *
 * <p>Implementation notes: every command carries one argument, so Redis sends exactly one reply per command and
 * replies come back in send order. Matching each reply with the oldest command awaiting one tells which
 * subscription a confirmation belongs to (an old, unsubscribed topic of the same name is told apart from a new
 * one) and which command Redis refused when it answers with an error. A reply that does not match means the
 * connection is out of step; the subscriber then drops it and starts over on a new one. Not thread-safe: guarded
 * by the subscriber's lock.
 */
final class Session {

    /** The commands a subscriber connection sends. */
    enum Command {
        SUBSCRIBE, UNSUBSCRIBE, PSUBSCRIBE, PUNSUBSCRIBE, PING;

        static Command subscribe(boolean pattern) {
            return pattern ? PSUBSCRIBE : SUBSCRIBE;
        }

        static Command unsubscribe(boolean pattern) {
            return pattern ? PUNSUBSCRIBE : UNSUBSCRIBE;
        }

        boolean subscribes() {
            return this == SUBSCRIBE || this == PSUBSCRIBE;
        }

        boolean forPattern() {
            return this == PSUBSCRIBE || this == PUNSUBSCRIBE;
        }
    }

    /** A command sent and awaiting its reply; {@code topic} is the one a (P)SUBSCRIBE was sent for, if any. */
    record Sent(Command command, String name, Topic topic) {
    }

    private final Wire wire;
    private final Set<String> channels = new HashSet<>();
    private final Set<String> patterns = new HashSet<>();
    private final Queue<Sent> awaiting = new ArrayDeque<>();

    Session(Wire wire) {
        this.wire = wire;
    }

    Wire wire() {
        return wire;
    }

    private Set<String> asked(boolean pattern) {
        return pattern ? patterns : channels;
    }

    /** Whether there is nothing to read: no handlers, and Redis was asked for no subscription. */
    boolean isIdle(Registry registry) {
        return registry.isEmpty() && channels.isEmpty() && patterns.isEmpty();
    }

    /**
     * Picks the subscription that starts Jedis's reply loop (which sends it itself) and records it as sent: a
     * topic with handlers, or else a name still subscribed to, which the loop then unsubscribes from.
     */
    Sent start(Registry registry) {
        List<Topic> topics = registry.all();
        Sent start;
        if (!topics.isEmpty()) {
            Topic topic = topics.get(0);
            start = new Sent(Command.subscribe(topic.isPattern()), topic.name(), topic);
        } else if (!channels.isEmpty()) {
            start = new Sent(Command.SUBSCRIBE, channels.iterator().next(), null);
        } else {
            start = new Sent(Command.PSUBSCRIBE, patterns.iterator().next(), null);
        }
        record(start);
        return start;
    }

    /** Brings Redis in line with the registry for one name, sending (P)SUBSCRIBE or (P)UNSUBSCRIBE if needed. */
    void sync(Registry registry, boolean pattern, String name) {
        Topic topic = registry.get(pattern, name);
        boolean asked = asked(pattern).contains(name);
        if (topic != null && (!asked || topic.needsSubscribe())) {
            send(new Sent(Command.subscribe(pattern), name, topic));
        } else if (topic == null && asked) {
            send(new Sent(Command.unsubscribe(pattern), name, null));
        }
    }

    /** Brings Redis in line with the whole registry. */
    void syncAll(Registry registry) {
        for (Topic topic : registry.all()) {
            sync(registry, topic.isPattern(), topic.name());
        }
        for (String channel : List.copyOf(channels)) {
            sync(registry, false, channel);
        }
        for (String pattern : List.copyOf(patterns)) {
            sync(registry, true, pattern);
        }
    }

    /**
     * Sends an {@code UNSUBSCRIBE} of a name never subscribed to: a no-op whose reply shows that the connection
     * works and that every command sent before it was answered. (Jedis's {@code PING} would do too, but keeps a
     * callback per call that a subscribed connection never consumes.)
     */
    void probe(String neverSubscribed) {
        send(new Sent(Command.UNSUBSCRIBE, neverSubscribed, null));
    }

    private void send(Sent sent) {
        wire.send(sent.command(), sent.name());
        record(sent);
    }

    private void record(Sent sent) {
        awaiting.add(sent);
        if (sent.command() == Command.PING) {
            return;
        }
        Set<String> asked = asked(sent.command().forPattern());
        if (sent.command().subscribes()) {
            asked.add(sent.name());
            if (sent.topic() != null) {
                sent.topic().sent();
            }
        } else {
            asked.remove(sent.name());
        }
    }

    /**
     * Matches a reply with the oldest command awaiting one and confirms its topic.
     *
     * @throws IllegalStateException when the reply is not the one expected: the connection is out of step
     */
    Sent replied(Command command, String name) {
        Sent head = awaiting.poll();
        if (head == null || head.command() != command || !Objects.equals(head.name(), name)) {
            throw new IllegalStateException("Redis replied to " + command + " '" + name + "' where a reply to "
                    + (head == null ? "nothing" : head.command() + " '" + head.name() + "'")
                    + " was expected; the subscriber connection is out of step and is opened again");
        }
        if (head.command().subscribes() && head.topic() != null) {
            head.topic().confirm();
        }
        return head;
    }

    /** Returns the command Redis answered with an error (the oldest awaiting a reply), no longer asked for. */
    Sent refused() {
        Sent head = awaiting.poll();
        if (head != null && head.command().subscribes()) {
            asked(head.command().forPattern()).remove(head.name());
        }
        return head;
    }
}
