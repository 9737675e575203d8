package io.redweave.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Where the time and the allocation of a benchmark go, without async-profiler: each selected benchmark runs in one
 * fork under Java Flight Recorder ({@code settings=profile}) and {@code -prof gc}; the recording's
 * {@code jdk.ExecutionSample} events give the hottest methods (self and inclusive), and its
 * {@code jdk.ObjectAllocationSample} events, weighted by bytes and scaled to JMH's {@code gc.alloc.rate.norm}, give
 * the bytes per operation of each allocation site.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar profile 'LocalPathBench.redweaveEnhancedNoopStore$'</pre>
 */
final class Profile {
    private static final int TOP = 12;

    private Profile() {
    }

    static void run(String regex, Path out) throws Exception {
        Files.createDirectories(out);
        Set<String> names = new LinkedHashSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of(regex), List.of())) {
            names.add(entry.getUsername());
        }
        StringBuilder report = new StringBuilder();
        for (String name : names) {
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Path recording = out.resolve(shortName + ".jfr").toAbsolutePath();
            RunResult result = profiled(name, recording);
            report.append(describe(shortName, result, allocation(result), recording));
        }
        Files.writeString(out.resolve("profile.md"), report);
        System.out.println(report);
        System.out.println("Profile written to " + out.resolve("profile.md").toAbsolutePath());
    }

    private static RunResult profiled(String name, Path recording) throws Exception {
        return new Runner(new OptionsBuilder()
                    .include(java.util.regex.Pattern.quote(name) + "$")
                    .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                    .addProfiler(GCProfiler.class)
                    .jvmArgsAppend("-Xms1g", "-Xmx1g", "-XX:StartFlightRecording=settings=profile,filename=" + recording)
                    .build()).runSingle();
    }

    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is a Map<String, Result> of the raw type
    private static double allocation(RunResult result) {
        for (var secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                return secondary.getValue().getScore();
            }
        }
        return -1;
    }

    private static String describe(String name, RunResult result, double bytesPerOp, Path recording)
            throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        Map<String, Map<String, Long>> callers = new HashMap<>();
        long samples = 0;
        long allocatedTotal = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || !benchmarkThread(stack)) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(method(frames.get(0)), 1L, Long::sum);
                callers.computeIfAbsent(method(frames.get(0)), k -> new HashMap<>()).merge(path(frames), 1L, Long::sum);
                Set<String> seen = new LinkedHashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = method(frame);
                    if (!method.contains("jmh_generated") && seen.add(method)) {
                        inclusive.merge(method, 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocatedTotal += weight;
                allocated.merge(event.getClass("objectClass").getName() + " ← " + site(stack), weight, Long::sum);
            }
        }
        StringBuilder text = new StringBuilder("### ").append(name).append("\n\n");
        text.append(String.format(Locale.ROOT, "Score %.3f ± %.3f %s, gc.alloc.rate.norm %.1f B/op; %d execution"
                + " samples of the benchmark thread(s).%n%n", result.getPrimaryResult().getScore(),
                result.getPrimaryResult().getScoreError(), result.getPrimaryResult().getScoreUnit(), bytesPerOp, samples));
        text.append("| Hottest methods, self | share |\n|---|---|\n");
        top(self, samples).forEach(line -> text.append(line).append('\n'));
        self.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(hottest -> {
            Map.Entry<String, Long> path = callers.get(hottest.getKey()).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow();
            text.append(String.format(Locale.ROOT, "%nMost frequent stack of the hottest method (%d of its %d samples):"
                    + " `%s`%n", path.getValue(), hottest.getValue(), path.getKey()));
        });
        text.append("\n| Hottest methods, inclusive (RedWeave, Spring, Jedis, Jackson, AspectJ, Byte Buddy) | share |\n|---|---|\n");
        Map<String, Long> ours = new HashMap<>();
        inclusive.forEach((method, count) -> {
            if (method.matches("^(io\\.redweave|org\\.springframework|redis\\.clients|com\\.fasterxml|org\\.aspectj|"
                    + "io\\.github\\.bucket4j).*") && !method.startsWith("io.redweave.benchmarks.")) {
                ours.put(method, count);
            }
        });
        top(ours, samples).forEach(line -> text.append(line).append('\n'));
        text.append("\n| Allocated object ← allocation site | B/op (share of gc.alloc.rate.norm) |\n|---|---|\n");
        List<Map.Entry<String, Long>> sites = new ArrayList<>(allocated.entrySet());
        sites.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (Map.Entry<String, Long> site : sites.subList(0, Math.min(TOP, sites.size()))) {
            double share = (double) site.getValue() / Math.max(1, allocatedTotal);
            text.append(String.format(Locale.ROOT, "| %s | %.0f (%.0f%%) |%n", site.getKey(), share * bytesPerOp,
                    share * 100));
        }
        return text.append('\n').toString();
    }

    /** Whether the stack is inside the measured loop (not in a setup, a teardown or another thread). */
    private static boolean benchmarkThread(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getName().endsWith("_jmhStub")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost frames of a stack up to the benchmark method, innermost first, with line numbers. */
    private static String path(List<RecordedFrame> frames) {
        StringBuilder text = new StringBuilder();
        for (RecordedFrame frame : frames) {
            String method = method(frame);
            if (method.contains("jmh_generated")) {
                break;
            }
            String type = frame.getMethod().getType().getName();
            text.append(text.length() == 0 ? "" : " ← ").append(type.substring(type.lastIndexOf('.') + 1))
                    .append('.').append(frame.getMethod().getName()).append(':').append(frame.getLineNumber());
        }
        return text.toString();
    }

    /** The first frame outside the JDK: where the code that allocates is. */
    private static String site(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return method(frame) + ":" + frame.getLineNumber();
            }
        }
        return method(stack.getFrames().get(0));
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type + "." + frame.getMethod().getName();
    }

    private static List<String> top(Map<String, Long> counts, long total) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Long> entry : entries.subList(0, Math.min(TOP, entries.size()))) {
            lines.add(String.format(Locale.ROOT, "| %s | %.1f%% |", entry.getKey(),
                    100.0 * entry.getValue() / Math.max(1, total)));
        }
        return lines;
    }
}
