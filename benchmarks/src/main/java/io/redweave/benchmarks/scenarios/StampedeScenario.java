package io.redweave.benchmarks.scenarios;

import io.redweave.RedWeave;
import io.redweave.benchmarks.services.SlowUserService;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.User;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The stampede: {@link #CALLERS} concurrent callers of one cold key, spread evenly over {@link #INSTANCES} RedWeave
 * instances (each with its own connection pool and its own enhanced {@link SlowUserService}, standing in for four
 * service instances), released together by a start gate. Each round uses a new cold key; the loader takes
 * {@link SlowUserService#LOAD_MILLIS} ms and counts its calls.
 */
public final class StampedeScenario {
    /** Concurrent callers per round. */
    public static final int CALLERS = 1_000;
    /** RedWeave instances the callers are spread over. */
    public static final int INSTANCES = 4;

    private StampedeScenario() {
    }

    /**
     * What the rounds showed.
     *
     * @param rounds       rounds run
     * @param loaderCalls  loader calls of each round
     * @param sameValue    whether every caller of every round got the loaded value
     * @param p50Millis    median caller latency, gate to value
     * @param p99Millis    99th percentile caller latency
     * @param maxMillis    slowest caller
     * @param redisVersion the server's version
     */
    public record Result(int rounds, List<Integer> loaderCalls, boolean sameValue, double p50Millis, double p99Millis,
            double maxMillis, String redisVersion) {

        /** The most loader calls in one round. */
        public int maxLoaderCalls() {
            return loaderCalls.stream().mapToInt(Integer::intValue).max().orElse(-1);
        }
    }

    /** Runs {@code rounds} rounds on a Redis of its own. */
    public static Result run(int rounds) throws Exception {
        List<RedWeave> instances = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (BenchRedis redis = BenchRedis.start()) {
            SlowUserService[] services = new SlowUserService[INSTANCES];
            for (int i = 0; i < INSTANCES; i++) {
                RedWeave redweave = RedWeave.builder().config(redis.config()).build();
                instances.add(redweave);
                services[i] = redweave.enhance(SlowUserService.class).getConstructor().newInstance();
            }
            List<Integer> loads = new ArrayList<>();
            long[] latencies = new long[rounds * CALLERS];
            boolean same = true;
            for (int round = 0; round < rounds; round++) {
                String id = "cold-" + round + "-" + System.nanoTime();
                SlowUserService.LOADS.set(0);
                CountDownLatch ready = new CountDownLatch(CALLERS);
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<Object[]>> results = new ArrayList<>(CALLERS);
                for (int c = 0; c < CALLERS; c++) {
                    SlowUserService service = services[c % INSTANCES];
                    results.add(callers.submit(() -> {
                        ready.countDown();
                        gate.await();
                        long start = System.nanoTime();
                        User user = service.find(id);
                        return new Object[] {System.nanoTime() - start, user};
                    }));
                }
                ready.await();
                gate.countDown();
                for (int c = 0; c < CALLERS; c++) {
                    Object[] outcome = results.get(c).get(60, TimeUnit.SECONDS);
                    latencies[round * CALLERS + c] = (Long) outcome[0];
                    same &= outcome[1] instanceof User user && user.id().equals(id);
                }
                loads.add(SlowUserService.LOADS.get());
            }
            Arrays.sort(latencies);
            return new Result(rounds, loads, same, millis(latencies, 0.50), millis(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6, redis.version());
        } finally {
            callers.shutdownNow();
            instances.forEach(RedWeave::close);
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
