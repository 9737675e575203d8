package io.redweave.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Facts the benchmark forks check around the measurement (round trips per call, loader calls, stored payloads):
 * printed, and appended to {@code checks.txt} in the folder of system property {@code rw.bench.out} when it is set,
 * where {@code Main} reads them back for the report.
 */
public final class Checks {
    /** The system property naming the results folder. */
    public static final String OUT = "rw.bench.out";

    private Checks() {
    }

    /** Records {@code value} under {@code name} (one line, {@code name=value}). */
    public static synchronized void record(String name, Object value) {
        String line = name + "=" + value;
        System.out.println("[check] " + line);
        String folder = System.getProperty(OUT);
        if (folder == null) {
            return;
        }
        try {
            Files.writeString(Path.of(folder, "checks.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the machine's 1-minute load average as the benchmark {@code benchmark} (a JMH benchmark name) starts, so
     * that a noisy neighbour shows in the report next to the scores it disturbed.
     */
    public static void recordLoad(String benchmark) {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0];
        } catch (IOException | RuntimeException e) {
            load = "unknown";
        }
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        record("load." + name, load);
    }

    /**
     * Fails the fork with {@code message} when {@code condition} is false.
     *
     * @throws IllegalStateException when it is false
     */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
