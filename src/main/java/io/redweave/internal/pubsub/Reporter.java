package io.redweave.internal.pubsub;

import io.redweave.pubsub.ErrorListener;
import io.redweave.pubsub.PubSubError;
import io.redweave.pubsub.PubSubError.Kind;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what goes wrong in a manager and tells its {@link ErrorListener}s, one event at a time, in order, on a
 * handler thread: never on the thread that reads from Redis, which a slow listener must not hold up.
 */
final class Reporter {
    static final Logger LOG = LoggerFactory.getLogger(JedisPubSubManager.class);
    private static final int MAX_WAITING_EVENTS = 10_000;

    private final String name;
    private final List<ErrorListener> listeners = new CopyOnWriteArrayList<>();
    private final SerialExecutor events;

    Reporter(String name, Executor executor) {
        this.name = name;
        this.events = new SerialExecutor(executor, MAX_WAITING_EVENTS);
    }

    void add(ErrorListener listener) {
        listeners.add(listener);
    }

    /** Logs the event and queues it for the listeners. */
    void report(Kind kind, String channel, String pattern, String description, Throwable cause) {
        PubSubError error = new PubSubError(kind, channel, pattern, description, cause, Instant.now());
        log(error);
        if (!listeners.isEmpty() && !events.offer(() -> notifyListeners(error))) {
            LOG.warn("{}: {} error listener notifications are waiting; this one was dropped", name,
                    MAX_WAITING_EVENTS);
        }
    }

    private void log(PubSubError error) {
        switch (error.kind()) {
            case RESUBSCRIBED:
                LOG.info("{}: {}", name, error.description());
                break;
            case HANDLER_FAILED:
                LOG.warn("{}: {}", name, error.description(), error.cause());
                break;
            default:
                LOG.warn("{}: {}", name, error.description());
        }
    }

    private void notifyListeners(PubSubError error) {
        for (ErrorListener listener : listeners) {
            try {
                listener.onError(error);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Throwable e) {
                LOG.warn("{}: an error listener threw while hearing of {}; ignored", name, error.kind(), e);
            }
        }
    }
}
