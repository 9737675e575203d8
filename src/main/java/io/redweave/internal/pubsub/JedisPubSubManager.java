package io.redweave.internal.pubsub;

import io.redweave.RedWeaveException;
import io.redweave.codec.Codec;
import io.redweave.codec.TypeRef;
import io.redweave.internal.RedisContext;
import io.redweave.pubsub.ErrorListener;
import io.redweave.pubsub.MessageHandler;
import io.redweave.pubsub.PubSubManager;
import io.redweave.pubsub.Subscription;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Jedis {@link PubSubManager}: publishes and queries on the pooled client, and subscribes on a connection of
 * its own, read by one thread, with handler threads per busy channel or pattern (see the interface for the
 * delivery model).
 *
 * <p>Implementation notes: a subscription waits for Redis's confirmation for at most the configured timeout; on
 * a timeout, a refusal or an interrupt its handler is removed again, so no half-registered state remains and the
 * next call subscribes afresh. Threads are named {@code redweave-pubsub-<n>-reader} and
 * {@code redweave-pubsub-<n>-handler-<k>}, {@code n} numbering the managers of the process.
 */
public final class JedisPubSubManager implements PubSubManager {
    /** How often an idle subscriber connection is probed; one silent for a whole interval after it is dropped. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    private static final AtomicInteger MANAGERS = new AtomicInteger();

    private final String name;
    private final String target;
    private final Codec codec;
    private final Duration timeout;
    private final PubSubCommands commands;
    private final ExecutorService handlerThreads;
    private final Reporter reporter;
    private final Subscriber subscriber;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Creates a manager over the instance's client, codec and dedicated connections; it connects lazily. */
    public JedisPubSubManager(RedisContext context) {
        this(context, DEFAULT_HEARTBEAT);
    }

    /**
     * Creates a manager whose subscriber connection is probed every {@code heartbeat}.
     *
     * @throws IllegalArgumentException when {@code heartbeat} is not positive
     */
    public JedisPubSubManager(RedisContext context, Duration heartbeat) {
        if (heartbeat == null || heartbeat.isZero() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("heartbeat " + heartbeat + " is invalid: it must be positive");
        }
        this.name = "redweave-pubsub-" + MANAGERS.incrementAndGet();
        this.target = context.config().describeTarget();
        this.codec = context.codec();
        this.timeout = context.config().timeout();
        this.commands = new PubSubCommands(context.client());
        this.handlerThreads = Threads.handlerThreads(name);
        this.reporter = new Reporter(name, handlerThreads);
        Dispatcher dispatcher = new Dispatcher(name, codec, reporter, handlerThreads);
        Registry registry = new Registry();
        Link link = new Link(name, target, () -> context.dedicated().open(null, 0), registry, dispatcher, reporter,
                new Heartbeat(heartbeat), handlerThreads);
        this.subscriber = new Subscriber(registry, link, dispatcher);
    }

    @Override
    public long publish(String channel, Object message) {
        String what = "PUBLISH to channel '" + channel + "'";
        Arguments.requireName("channel", channel, what);
        ensureOpen(what);
        return commands.publish(channel, codec.encode(message));
    }

    @Override
    public <T> Subscription subscribe(String channel, Class<T> type, MessageHandler<T> handler) {
        return add(false, channel, Arguments.requireType(type), handler);
    }

    @Override
    public <T> Subscription subscribe(String channel, TypeRef<T> type, MessageHandler<T> handler) {
        return add(false, channel, Arguments.requireType(type), handler);
    }

    @Override
    public <T> Subscription psubscribe(String pattern, Class<T> type, MessageHandler<T> handler) {
        return add(true, pattern, Arguments.requireType(type), handler);
    }

    @Override
    public <T> Subscription psubscribe(String pattern, TypeRef<T> type, MessageHandler<T> handler) {
        return add(true, pattern, Arguments.requireType(type), handler);
    }

    private <T> Subscription add(boolean pattern, String topic, Type type, MessageHandler<T> handler) {
        String command = pattern ? "PSUBSCRIBE" : "SUBSCRIBE";
        String what = (pattern ? "pattern '" : "channel '") + topic + "'";
        Arguments.requireName(pattern ? "pattern" : "channel", topic, command + " to " + what);
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null: pass the MessageHandler for " + what);
        }
        ensureOpen(command + " to " + what);
        HandlerEntry<T> entry = subscriber.add(pattern, topic, type, handler);
        try {
            entry.confirmation().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return entry;
        } catch (TimeoutException e) {
            subscriber.remove(entry);
            throw Failures.unconfirmed(command, what, target, timeout.toMillis());
        } catch (ExecutionException e) {
            subscriber.remove(entry);
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new RedWeaveException(command + " to " + what + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            subscriber.remove(entry);
            Thread.currentThread().interrupt();
            throw new RedWeaveException(command + " to " + what + " was interrupted while waiting for Redis to "
                    + "confirm it; the handler is not registered", e);
        }
    }

    @Override
    public boolean unsubscribe(String channel) {
        return remove(false, channel, null);
    }

    @Override
    public boolean unsubscribe(String channel, MessageHandler<?> handler) {
        return remove(false, channel, Arguments.requireHandler(handler));
    }

    @Override
    public boolean punsubscribe(String pattern) {
        return remove(true, pattern, null);
    }

    @Override
    public boolean punsubscribe(String pattern, MessageHandler<?> handler) {
        return remove(true, pattern, Arguments.requireHandler(handler));
    }

    private boolean remove(boolean pattern, String topic, MessageHandler<?> handler) {
        String what = (pattern ? "PUNSUBSCRIBE from pattern '" : "UNSUBSCRIBE from channel '") + topic + "'";
        Arguments.requireName(pattern ? "pattern" : "channel", topic, what);
        ensureOpen(what);
        return subscriber.remove(pattern, topic, handler);
    }

    @Override
    public long numSubscribers(String channel) {
        String what = "PUBSUB NUMSUB of channel '" + channel + "'";
        Arguments.requireName("channel", channel, what);
        ensureOpen(what);
        return commands.numSubscribers(channel);
    }

    @Override
    public Set<String> channels() {
        ensureOpen("PUBSUB CHANNELS");
        return commands.channels(null);
    }

    @Override
    public Set<String> channels(String pattern) {
        String what = "PUBSUB CHANNELS matching '" + pattern + "'";
        Arguments.requireName("pattern", pattern, what);
        ensureOpen(what);
        return commands.channels(pattern);
    }

    @Override
    public void onError(ErrorListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null: pass the ErrorListener to add");
        }
        ensureOpen("adding an error listener");
        reporter.add(listener);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            subscriber.close(timeout);
            boolean onHandlerThread = Thread.currentThread().getName().startsWith(name + "-handler-");
            Threads.shutdown(handlerThreads, timeout, onHandlerThread);
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** The thread that reads the subscriber connection, once the first subscription started it (diagnostics). */
    public Optional<Thread> readerThread() {
        return subscriber.thread();
    }

    @Override
    public String toString() {
        return "PubSubManager[" + name + ", " + target + (closed.get() ? ", closed]" : "]");
    }

    private void ensureOpen(String what) {
        if (closed.get()) {
            throw new IllegalStateException("This PubSubManager (" + name + ") is closed, so " + what
                    + " is not possible: create a new PubSubManager");
        }
    }
}
