package io.redweave.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Small measuring tools of the fault tests: medians, percentiles, threads and Redis clients counted. */
public final class Measure {

    private Measure() {
    }

    /** The median duration of {@code runs} calls of {@code call}, in nanoseconds. */
    public static long medianNanos(int runs, Supplier<?> call) {
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.get();
            samples[i] = System.nanoTime() - started;
        }
        return percentile(samples, 50);
    }

    /** The {@code p}-th percentile (0 to 100) of {@code samples}, which it sorts; 0 when there are none. */
    public static long percentile(long[] samples, double p) {
        if (samples.length == 0) {
            return 0;
        }
        Arrays.sort(samples);
        int index = (int) Math.ceil(p / 100.0 * samples.length) - 1;
        return samples[Math.max(0, Math.min(samples.length - 1, index))];
    }

    /** The samples as one array. */
    public static long[] toArray(List<Long> samples) {
        return samples.stream().mapToLong(Long::longValue).toArray();
    }

    /** Milliseconds, with one decimal, for reports. */
    public static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** Microseconds, with one decimal, for reports. */
    public static String micros(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f us", nanos / 1e3);
    }

    /** How many live threads have a name starting with one of {@code prefixes}. */
    public static long threads(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> Arrays.stream(prefixes).anyMatch(p -> t.getName().startsWith(p))).count();
    }

    /** How many connections of clients named {@code name} the server at {@code port} has ({@code CLIENT LIST}). */
    public static long clients(String host, int port, String name) {
        try (Jedis jedis = new Jedis(new HostAndPort(host, port))) {
            return jedis.clientList().lines().filter(line -> line.contains(" name=" + name + " ")).count();
        }
    }

    /** Prints a line of measurements, for docs/reliability.md. */
    public static void report(String test, String line) {
        System.out.println("[reliability] " + test + ": " + line);
    }
}
