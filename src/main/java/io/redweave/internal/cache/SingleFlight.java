package io.redweave.internal.cache;

import io.redweave.RedWeaveException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs at most one piece of work per key at a time in this process: the first caller of a key (the leader) runs
 * it; callers that arrive while it runs wait for its outcome and share it, value or exception.
 *
 * <p>A flight ends when its work does; the next caller of the key starts a new one, so an exception is never
 * remembered beyond the callers who were waiting for it.
 */
final class SingleFlight {

    private final ConcurrentMap<String, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();

    /** Runs {@code work} as the leader of {@code key}'s flight, or waits for the running flight's outcome. */
    @SuppressWarnings("unchecked")
    <T> T run(String key, Supplier<T> work) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(key, mine);
        if (running != null) {
            return (T) await(key, running);
        }
        try {
            T value = work.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            flights.remove(key, mine);
        }
    }

    /** The number of flights running now. */
    int running() {
        return flights.size();
    }

    private static Object await(String key, CompletableFuture<Object> flight) {
        try {
            return flight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedWeaveException("Interrupted while waiting for the loader of cache entry '" + key
                    + "', which another thread is running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RedWeaveException("The loader of cache entry '" + key + "' failed: " + cause, cause);
        }
    }
}
