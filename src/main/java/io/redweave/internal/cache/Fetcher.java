package io.redweave.internal.cache;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.cache.CacheEntry;
import io.redweave.cache.CacheLoaderException;
import io.redweave.cache.FetchOptions;
import java.lang.reflect.Type;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code getOrFetch} procedure: read; on a miss, one flight per key in this process; in that flight, take
 * the key's lease and load, or wait for the lease holder's value and load only if it does not come in time.
 *
 * <p>Implementation notes. The lease holder reads the entry once more before loading, because another instance
 * may have stored it and released its lease between this caller's miss and its lease: without that second read
 * a stampede could load twice. A waiter polls with a pause that doubles from 5 ms to 100 ms; each poll reads the
 * entry and, when the lease is free again (its holder failed, or loaded a null it does not cache), takes it.
 * Redis failures anywhere end the Redis part of the procedure: the loader answers, and nothing is written.
 * Loader calls are never inside a Redis {@code try}, so a loader that throws a RedWeave exception is never taken
 * for a Redis failure and called twice.
 */
final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final CacheKeys keys;
    private final EntryReader reader;
    private final EntryWriter writer;
    private final Leases leases;
    private final CacheCounters counters;
    private final SingleFlight flights = new SingleFlight();
    private final AtomicBoolean redisFailing = new AtomicBoolean();

    Fetcher(CacheKeys keys, EntryReader reader, EntryWriter writer, Leases leases, CacheCounters counters) {
        this.keys = keys;
        this.reader = reader;
        this.writer = writer;
        this.leases = leases;
        this.counters = counters;
    }

    <T> T getOrFetch(String key, Type type, Callable<? extends T> loader, FetchOptions options) {
        String redisKey = keys.entry(key);
        boolean redisAnswered;
        try {
            CacheEntry<T> entry = reader.read(redisKey, type);
            recovered();
            if (entry != null) {
                counters.hits.increment();
                return entry.value();
            }
            redisAnswered = true;
        } catch (RedisConnectionException | RedisOperationException e) {
            absorb(redisKey, "reading it", e);
            redisAnswered = false;
        }
        counters.misses.increment();
        Flight<T> flight = new Flight<>(key, redisKey, type, loader, options);
        return flights.run(redisKey, redisAnswered ? flight::leased : flight::load);
    }

    /** The number of loads running in this process (for tests). */
    int flightsRunning() {
        return flights.running();
    }

    private void absorb(String redisKey, String step, RuntimeException e) {
        counters.redisFailures.increment();
        if (redisFailing.compareAndSet(false, true)) {
            LOG.warn("Redis failed while getOrFetch of '{}' was {} ({}); loaders answer until Redis is back",
                    redisKey, step, e.getMessage());
        } else {
            LOG.debug("Redis failed while getOrFetch of '{}' was {} ({})", redisKey, step, e.getMessage());
        }
    }

    private void recovered() {
        if (redisFailing.get() && redisFailing.compareAndSet(true, false)) {
            LOG.info("Redis answers getOrFetch reads again");
        }
    }

    /** One load of one key, run by the leader of the key's flight. */
    private final class Flight<T> {
        private final String key;
        private final String redisKey;
        private final Type type;
        private final Callable<? extends T> loader;
        private final FetchOptions options;
        private final String leaseKey;

        Flight(String key, String redisKey, Type type, Callable<? extends T> loader, FetchOptions options) {
            this.key = key;
            this.redisKey = redisKey;
            this.type = type;
            this.loader = loader;
            this.options = options;
            this.leaseKey = keys.lease(key);
        }

        /** Takes the lease and loads, or waits for its holder. */
        T leased() {
            String token;
            try {
                token = leases.tryAcquire(leaseKey, options.leaseTime());
            } catch (RedisConnectionException | RedisOperationException e) {
                absorb(redisKey, "taking its lease", e);
                return load();
            }
            return token != null ? asHolder(token) : awaitHolder();
        }

        private T asHolder(String token) {
            try {
                CacheEntry<T> entry;
                try {
                    entry = reader.read(redisKey, type);
                } catch (RedisConnectionException | RedisOperationException e) {
                    absorb(redisKey, "reading it again", e);
                    return load();
                }
                return entry != null ? entry.value() : loadAndStore();
            } finally {
                leases.release(leaseKey, token);
            }
        }

        private T awaitHolder() {
            long deadline = System.nanoTime() + options.maxWait().toNanos();
            long pause = FIRST_PAUSE_NANOS;
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(Math.min(pause, left));
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
                CacheEntry<T> entry;
                String token;
                try {
                    entry = reader.read(redisKey, type);
                    token = entry == null ? leases.tryAcquire(leaseKey, options.leaseTime()) : null;
                } catch (RedisConnectionException | RedisOperationException e) {
                    absorb(redisKey, "waiting for another instance's loader", e);
                    return load();
                }
                if (entry != null) {
                    return entry.value();
                }
                if (token != null) {
                    return asHolder(token);
                }
            }
            LOG.debug("Waited {} for the loader of '{}' in another instance; loading here", options.maxWait(),
                    redisKey);
            return loadAndStore();
        }

        private T loadAndStore() {
            T value = load();
            try {
                writer.store(redisKey, value, options);
            } catch (RedisConnectionException | RedisOperationException e) {
                absorb(redisKey, "storing the loaded value", e);
            }
            return value;
        }

        /** Calls the loader; a checked exception becomes a {@link CacheLoaderException}. */
        T load() {
            counters.loads.increment();
            try {
                return loader.call();
            } catch (RuntimeException | Error e) {
                counters.loadFailures.increment();
                throw e;
            } catch (Exception e) {
                counters.loadFailures.increment();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new CacheLoaderException(key, e);
            }
        }
    }
}
