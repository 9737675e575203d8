package io.redweave.benchmarks;

import io.redweave.benchmarks.scenarios.InvalidationScenario;
import io.redweave.benchmarks.scenarios.MemoryScenario;
import io.redweave.benchmarks.scenarios.StampedeScenario;
import io.redweave.benchmarks.support.Checks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and the measured scenarios, and writes the results table.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar quick          # smoke check, under 3 minutes
 * java -jar benchmarks/target/benchmarks.jar full           # the reported numbers
 * java -jar benchmarks/target/benchmarks.jar full --forks 3 # more forks
 * java -jar benchmarks/target/benchmarks.jar full --only 'RateLimitBench' --skip-scenarios
 * java -jar benchmarks/target/benchmarks.jar profile 'LocalPathBench.redweaveEnhancedNoopStore$' # JFR profile
 * java -jar benchmarks/target/benchmarks.jar jmh -l         # anything else: JMH's own command line
 * </pre>
 *
 * Every JMH benchmark runs with {@code -prof gc}. Results go to {@code benchmarks/target/results/<mode>/} (or
 * {@code --out DIR}): {@code jmh.json}, {@code checks.txt}, {@code report.md}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("profile")) {
            Profile.run(args.length > 1 ? args[1] : "LocalPathBench.redweaveEnhancedNoopStore$",
                    Path.of(args.length > 2 ? args[2] : Files.isDirectory(Path.of("benchmarks"))
                            ? "benchmarks/target/results/profile" : "results/profile"));
            System.exit(0);
        }
        Mode mode = Mode.named(args.length == 0 ? "quick" : args[0]);
        Path out = null;
        boolean scenarios = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--forks" -> mode = mode.withForks(Integer.parseInt(args[++i]));
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> mode = mode.withIncludes(List.of(args[++i]));
                case "--skip-scenarios" -> scenarios = false;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ": use --forks N, --out DIR, --only REGEX or --skip-scenarios");
            }
        }
        if (out == null) {
            out = Path.of(Files.isDirectory(Path.of("benchmarks")) ? "benchmarks/target/results" : "results",
                    mode.name());
        }
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("checks.txt"));
        Machine before = Machine.describe();
        Instant started = Instant.now();
        System.out.println("RedWeave benchmarks, mode " + mode.name() + ", results in " + out.toAbsolutePath());
        System.out.println(before);

        Collection<RunResult> results = runJmh(mode, out);
        StampedeScenario.Result stampede = null;
        List<InvalidationScenario.Run> invalidation = List.of();
        MemoryScenario.Result memory = null;
        if (scenarios) {
            System.out.println("# Scenario: stampede (" + StampedeScenario.CALLERS + " callers, "
                    + StampedeScenario.INSTANCES + " instances, " + mode.stampedeRounds() + " rounds)");
            stampede = StampedeScenario.run(mode.stampedeRounds());
            System.out.println(stampede);
            System.out.println("# Scenario: invalidation of " + InvalidationScenario.MATCHING + " keys among "
                    + InvalidationScenario.TOTAL + ", then a purge of " + InvalidationScenario.TOTAL);
            invalidation = InvalidationScenario.run(mode.invalidationRounds());
            invalidation.forEach(System.out::println);
            System.out.println("# Scenario: Redis memory per rate-limit key");
            memory = MemoryScenario.run();
            System.out.println(memory);
        }
        Machine after = Machine.describe();
        String command = "java -jar benchmarks/target/benchmarks.jar " + String.join(" ", args);
        String report = new Report(mode, command, before, after, started, results, readChecks(out), stampede,
                invalidation, memory).render();
        Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Report written to " + out.resolve("report.md").toAbsolutePath());
        System.exit(0);
    }

    private static Collection<RunResult> runJmh(Mode mode, Path out) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(mode.forks())
                .warmupIterations(mode.warmupIterations())
                .warmupTime(TimeValue.seconds(mode.warmupSeconds()))
                .measurementIterations(mode.iterations())
                .measurementTime(TimeValue.seconds(mode.iterationSeconds()))
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + Checks.OUT + "=" + out.toAbsolutePath())
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve("jmh.json").toString());
        for (String include : mode.includes()) {
            options.include(include);
        }
        return new Runner(options.build()).run();
    }

    private static List<String> readChecks(Path out) throws java.io.IOException {
        Path file = out.resolve("checks.txt");
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
    }
}
