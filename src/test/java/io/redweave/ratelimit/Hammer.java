package io.redweave.ratelimit;

import io.redweave.RedWeave;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A load of 400 calls on one limiter key from 16 threads spread over 4 independent RedWeave instances (which stand
 * in for 4 service instances), released together by a start gate.
 */
final class Hammer {
    static final int INSTANCES = 4;
    static final int THREADS = 16;
    static final int CALLS = 400;

    /** What the load produced: admitted and denied calls, and the time from the start gate to the last reply. */
    record Outcome(int admitted, int denied, Duration elapsed) {
    }

    private Hammer() {
    }

    /** Runs {@code call} {@link #CALLS} times; each thread uses the limiter of instance {@code thread % 4}. */
    static Outcome run(Supplier<RedWeave> connect, Function<RateLimiter, RateLimitResult> call) throws Exception {
        List<RedWeave> instances = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(connect.get());
            }
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger admitted = new AtomicInteger();
            AtomicInteger denied = new AtomicInteger();
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                RateLimiter limiter = RateLimiterContract.rateLimiter(instances.get(t % INSTANCES));
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int c = 0; c < CALLS / THREADS; c++) {
                        RateLimitResult result = call.apply(limiter);
                        (result.allowed() ? admitted : denied).incrementAndGet();
                    }
                    return null;
                }));
            }
            long begin = System.nanoTime();
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get(60, TimeUnit.SECONDS);
            }
            return new Outcome(admitted.get(), denied.get(), Duration.ofNanos(System.nanoTime() - begin));
        } finally {
            pool.shutdownNow();
            instances.forEach(RedWeave::close);
        }
    }
}
