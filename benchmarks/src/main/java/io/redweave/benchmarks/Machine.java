package io.redweave.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run happened on: processors, CPU model, memory, JDK and load average (from {@code /proc}).
 *
 * @param processors processors available to the JVM
 * @param cpu        the CPU model name
 * @param memory     total memory
 * @param jdk        the JDK's vendor and version
 * @param load       the load averages (1, 5 and 15 minutes)
 */
record Machine(int processors, String cpu, String memory, String jdk, String load) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
                readMemory(), System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")", readLoad());
    }

    private static String procField(String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(field)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    private static String readMemory() {
        String total = procField("/proc/meminfo", "MemTotal");
        try {
            long kib = Long.parseLong(total.replace("kB", "").trim());
            return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String readLoad() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+"));
            return parts.get(0) + " " + parts.get(1) + " " + parts.get(2);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    @Override
    public String toString() {
        return "Machine: " + processors + " processors, " + cpu + ", " + memory + " RAM; " + jdk + "; load average "
                + load;
    }
}
