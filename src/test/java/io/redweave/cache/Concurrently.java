package io.redweave.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a call on many threads at once: every thread waits at a start gate, which opens when all of them are
 * ready, so the calls really overlap. Threads have small stacks, so a thousand of them are cheap.
 */
final class Concurrently {
    private static final long STACK_BYTES = 256 * 1024;
    private static final long TIMEOUT_SECONDS = 60;

    private Concurrently() {
    }

    /** Runs {@code call} on {@code threads} threads at once and returns every result; fails if one threw. */
    static <T> List<T> run(int threads, Callable<T> call) throws Exception {
        List<T> results = new ArrayList<>(threads);
        for (Future<T> future : submit(threads, call)) {
            results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return results;
    }

    /** Runs {@code call} on {@code threads} threads at once and returns what each threw; fails if one did not. */
    static List<Throwable> failures(int threads, Callable<?> call) throws Exception {
        List<Throwable> failures = new ArrayList<>(threads);
        for (Future<?> future : submit(threads, call)) {
            try {
                Object value = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                throw new AssertionError("expected the call to throw, but it returned " + value);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        return failures;
    }

    /** Starts {@code call} on a thread of its own. */
    static <T> Future<T> start(Callable<T> call) {
        FutureTask<T> task = new FutureTask<>(call);
        threads("waiter").newThread(task).start();
        return task;
    }

    private static <T> List<Future<T>> submit(int threads, Callable<T> call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, threads("caller"));
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>(threads);
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return call.call();
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the " + threads + " threads did not start in time");
            }
            gate.countDown();
            return futures;
        } finally {
            pool.shutdown();
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, name + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
