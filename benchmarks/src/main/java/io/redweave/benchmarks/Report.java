package io.redweave.benchmarks;

import io.redweave.benchmarks.scenarios.InvalidationScenario;
import io.redweave.benchmarks.scenarios.MemoryScenario;
import io.redweave.benchmarks.scenarios.StampedeScenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results table of a run: one row per target of PRODUCT section 8 (baseline, RedWeave, ratio, target, met or
 * missed), every JMH score with its allocation, the checks of the forks and the scenarios' details.
 *
 * <p>A little over 300 lines: one method per row of the results table, so the table reads in one place.
 */
final class Report {
    private final Mode mode;
    private final String command;
    private final Machine before;
    private final Machine after;
    private final Instant started;
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final Map<String, String> checks = new LinkedHashMap<>();
    private final StampedeScenario.Result stampede;
    private final List<InvalidationScenario.Run> invalidation;
    private final MemoryScenario.Result memory;
    private final List<String> rows = new ArrayList<>();

    /** One JMH score: value, 99.9% error, unit, and allocated bytes per operation (-1 when unknown). */
    record Score(double value, double error, String unit, double allocated) {
        String text() {
            return fmt(value) + " ± " + fmt(error) + " " + unit;
        }
    }

    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is a Map<String, Result> of the raw type
    Report(Mode mode, String command, Machine before, Machine after, Instant started, Collection<RunResult> results,
            List<String> checkLines, StampedeScenario.Result stampede, List<InvalidationScenario.Run> invalidation,
            MemoryScenario.Result memory) {
        this.mode = mode;
        this.command = command;
        this.before = before;
        this.after = after;
        this.started = started;
        this.stampede = stampede;
        this.invalidation = invalidation;
        this.memory = memory;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            Result<?> primary = result.getPrimaryResult();
            double allocated = -1;
            for (var secondary : result.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                    allocated = secondary.getValue().getScore();
                }
            }
            scores.put(name, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), allocated));
        }
        for (String line : checkLines) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                checks.merge(line.substring(0, equals), line.substring(equals + 1),
                        (a, b) -> a.equals(b) || a.endsWith("; " + b) ? a : a + "; " + b);
            }
        }
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("## Run: mode ").append(mode.name()).append(", started ").append(started).append("\n\n");
        text.append("- Command: `").append(command).append("`\n");
        text.append("- Settings: ").append(mode.forks()).append(" fork(s), ").append(mode.warmupIterations())
                .append(" × ").append(mode.warmupSeconds()).append(" s warm-up, ").append(mode.iterations())
                .append(" × ").append(mode.iterationSeconds()).append(" s measurement, `-prof gc`, -Xms1g -Xmx1g\n");
        text.append("- Machine: ").append(before.processors()).append(" processors, ").append(before.cpu())
                .append(", ").append(before.memory()).append(" RAM\n");
        text.append("- JDK: ").append(before.jdk()).append("\n");
        text.append("- Redis: ").append(first(checks.getOrDefault("redis.version",
                stampede == null ? "?" : stampede.redisVersion()))).append("\n");
        text.append("- Load average (1, 5, 15 min): ").append(before.load()).append(" at the start, ")
                .append(after.load()).append(" at the end\n\n");
        targets();
        text.append("| Target (PRODUCT §8) | Baseline | RedWeave | Ratio / difference | Target | Result |\n");
        text.append("|---|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append("\n### Every JMH score\n\n| Benchmark | Score ± 99.9% error | gc.alloc.rate.norm (B/op) |"
                + " Load average as each fork started |\n|---|---|---|---|\n");
        scores.forEach((name, score) -> text.append("| ").append(name).append(" | ").append(score.text())
                .append(" | ").append(score.allocated() < 0 ? "-" : fmt(score.allocated())).append(" | ")
                .append(checks.getOrDefault("load." + name, "-")).append(" |\n"));
        text.append("\n### Checks made by the forks (MONITOR, INFO commandstats, loader calls)\n\n");
        checks.forEach((name, value) -> {
            if (!name.startsWith("load.")) {
                text.append("- `").append(name).append("`: ").append(value).append('\n');
            }
        });
        if (stampede != null) {
            text.append("\n### Stampede\n\n").append(stampede).append('\n');
        }
        if (!invalidation.isEmpty()) {
            text.append("\n### Invalidation\n\n| Run | Keys in DB | Deleted | Seconds | Keys walked/s | Keys deleted/s"
                    + " | Redis calls | Longest call | Calls > 5 ms |\n|---|---|---|---|---|---|---|---|---|\n");
            for (InvalidationScenario.Run run : invalidation) {
                text.append("| ").append(run.name()).append(" | ").append(run.keysInDb()).append(" | ")
                        .append(run.deleted()).append(" | ").append(fmt(run.seconds())).append(" | ")
                        .append(fmt(run.walkedPerSecond())).append(" | ").append(fmt(run.deletedPerSecond()))
                        .append(" | ").append(run.redisCalls()).append(" | ").append(run.slowestMicros())
                        .append(" µs (").append(run.slowestCommand()).append(") | ").append(run.callsOver5ms())
                        .append(" |\n");
            }
        }
        if (memory != null) {
            text.append("\n### Redis memory per rate-limit key\n\n| Key | MEMORY USAGE (B) | Type/encoding |\n|---|---|---|\n");
            memory.perKey().forEach((name, bytes) -> text.append("| ").append(name).append(" | ").append(bytes)
                    .append(" | ").append(memory.encodings().get(name)).append(" |\n"));
            text.append("\nSliding window, one key holding N requests: ").append(memory.slidingByCount())
                    .append(" bytes\n");
        }
        return text.toString();
    }

    private void targets() {
        ratioAtMost("@Cached hit, Redis only, Byte Buddy enhance (avg time)", "CacheHitBench.rawGetJackson",
                "CacheHitBench.redweaveEnhancedHit", 1.05);
        ratioAtMost("@Cached hit, Redis only, Byte Buddy proxy (avg time)", "CacheHitBench.rawGetJackson",
                "CacheHitBench.redweaveProxyHit", 1.05);
        ratioAtMost("@Cached hit, Redis only, AspectJ CTW (avg time)", "CacheHitBench.rawGetJackson",
                "CacheHitBench.redweaveAspectjHit", 1.05);
        roundTrips("Round trips per @Cached hit (enhance)", "roundtrips.CacheHitBench.redweaveEnhancedHit", "{get=");
        roundTrips("Round trips per @Cached hit (proxy)", "roundtrips.CacheHitBench.redweaveProxyHit", "{get=");
        roundTrips("Round trips per @Cached hit (AspectJ)", "roundtrips.CacheHitBench.redweaveAspectjHit", "{get=");
        differenceAtMost("Dispatch, Byte Buddy enhance → no-op interceptor", "DispatchBench.direct",
                "DispatchBench.byteBuddyEnhanceNoop", 5);
        differenceAtMost("Dispatch, Byte Buddy proxy → no-op interceptor", "DispatchBench.direct",
                "DispatchBench.byteBuddyProxyNoop", 5);
        differenceAtMost("Dispatch, AspectJ CTW → core (empty plan): the adapter plus the core's plan lookup",
                "DispatchBench.aspectjDirect", "DispatchBench.aspectjCoreEmptyPlan", 25);
        information("Byte Buddy enhance → core (empty plan): the adapter plus the core's plan lookup",
                "DispatchBench.direct", "DispatchBench.byteBuddyEnhanceCoreEmptyPlan");
        information("The core's plan lookup alone (empty plan, prepared invocation)", "DispatchBench.direct",
                "DispatchBench.coreEmptyPlanDirect");
        Score aspectj = scores.get("DispatchBench.aspectjCoreEmptyPlan");
        Score core = scores.get("DispatchBench.coreEmptyPlanDirect");
        if (aspectj != null && core != null) {
            row("AspectJ adapter alone, estimated (aspectjCoreEmptyPlan − coreEmptyPlanDirect)", "-", "-",
                    "+" + fmt(aspectj.value() - core.value()) + " ns", "≤ +25.00 ns", null);
        }
        speedupAtLeast("Local path vs Spring @Cacheable ConcurrentMapCache (BB enhance, no-op store)",
                "LocalPathBench.springCacheableMapHit", "LocalPathBench.redweaveEnhancedNoopStore", 10);
        speedupAtLeast("Local path vs Spring @Cacheable ConcurrentMapCache (BB proxy, no-op store)",
                "LocalPathBench.springCacheableMapHit", "LocalPathBench.redweaveProxyNoopStore", 10);
        speedupAtLeast("Local path vs Spring @Cacheable ConcurrentMapCache (BB enhance, map store)",
                "LocalPathBench.springCacheableMapHit", "LocalPathBench.redweaveEnhancedMapStore", 10);
        speedupAtLeast("Local path vs Spring @Cacheable ConcurrentMapCache (AspectJ, no-op store)",
                "LocalPathBench.springCacheableMapHit", "LocalPathBench.redweaveAspectjNoopStore", 10);
        ratioAtMost("@Cached hit vs Spring @Cacheable + Spring Data Redis (avg time)", "CacheHitBench.springRedisHit",
                "CacheHitBench.redweaveEnhancedHit", 1.00);
        allocationRatio("@Cached hit vs Spring @Cacheable + SDR (allocation/hit)", "CacheHitBench.springRedisHit",
                "CacheHitBench.redweaveEnhancedHit", 0.5);
        for (String algorithm : List.of("TokenBucket", "FixedWindow", "Gcra", "SlidingWindow")) {
            roundTrips("Round trips per rate-limit check (" + algorithm + ")",
                    "roundtrips.RateLimitBench.redweave" + algorithm, "{evalsha=");
        }
        for (String algorithm : List.of("TokenBucket", "FixedWindow", "Gcra", "SlidingWindow")) {
            throughputAtLeast("Rate limit " + algorithm + " vs plain GET, 16 threads", "RateLimitBench.rawGet",
                    "RateLimitBench.redweave" + algorithm, 0.9);
        }
        for (String algorithm : List.of("TokenBucket", "FixedWindow", "Gcra", "SlidingWindow")) {
            throughputAtLeast("Rate limit " + algorithm + " vs Bucket4j (Jedis, CAS), one hot key, 16 threads",
                    "RateLimitBench.bucket4jTryConsume", "RateLimitBench.redweave" + algorithm, 8);
        }
        if (stampede != null) {
            row("Stampede: " + StampedeScenario.CALLERS + " callers of a cold key over " + StampedeScenario.INSTANCES
                    + " instances", "no protection: up to 1,000 loads", "loader calls per round " + stampede.loaderCalls()
                    + ", p50 " + fmt(stampede.p50Millis()) + " ms, p99 " + fmt(stampede.p99Millis()) + " ms, max "
                    + fmt(stampede.maxMillis()) + " ms (loader 200 ms)", stampede.maxLoaderCalls() + " loader call(s)",
                    "1 loader call", stampede.maxLoaderCalls() == 1 && stampede.sameValue());
        }
        for (InvalidationScenario.Run run : invalidation) {
            row("Invalidation (" + run.name() + "): longest single Redis call", "-", run.slowestMicros() + " µs ("
                    + run.slowestCommand() + "), " + run.callsOver5ms() + " calls > 5 ms", fmt(run.slowestMicros()
                    / 1000.0) + " ms", "≤ 5 ms", run.callsOver5ms() == 0 && run.slowestMicros() <= 5_000);
            boolean purge = run.name().startsWith("purge");
            double rate = purge ? run.deletedPerSecond() : run.walkedPerSecond();
            row("Invalidation (" + run.name() + "): " + (purge ? "keys deleted" : "keys walked") + " per second",
                    "-", run.deleted() + " deleted of " + run.keysInDb() + " in " + fmt(run.seconds()) + " s",
                    fmt(rate) + " keys/s", "≥ 500,000 keys/s", rate >= 500_000);
        }
        Score hit = scores.get("CacheHitBench.redweaveEnhancedHit");
        Score decode = scores.get("CacheHitBench.codecDecode");
        Score raw = scores.get("CacheHitBench.rawGetJackson");
        if (hit != null && decode != null) {
            double beyond = hit.allocated() - decode.allocated();
            row("Allocation per @Cached hit beyond the decoding itself", "codec decode alone "
                    + fmt(decode.allocated()) + " B", fmt(hit.allocated()) + " B", "+" + fmt(beyond) + " B", "≤ 512 B",
                    beyond <= 512);
        }
        if (hit != null && raw != null) {
            double beyond = hit.allocated() - raw.allocated();
            row("Allocation per @Cached hit beyond raw Jedis GET + Jackson (information)", "raw "
                    + fmt(raw.allocated()) + " B", fmt(hit.allocated()) + " B", "+" + fmt(beyond) + " B", "-", null);
        }
        if (memory != null) {
            memoryRow("fixed window", 100);
            memoryRow("GCRA", 100);
            memoryRow("token bucket", 150);
            row("Redis memory, sliding window, per request in the window", "-",
                    fmt(memory.slidingPerRequest(1, 100)) + " B/request up to 128 requests (listpack), "
                            + fmt(memory.slidingPerRequest(1_000, 10_000)) + " B/request from 1,000 to 10,000 (skiplist)",
                    memory.slidingByCount() + " B", "documented", null);
        }
    }

    private void memoryRow(String name, long target) {
        Long bytes = memory.perKey().get(name);
        Long bucket4j = memory.perKey().get("bucket4j token bucket");
        row("Redis memory per rate-limit key, " + name, "Bucket4j bucket " + bucket4j + " B", bytes + " B", "-",
                "≤ " + target + " B", bytes != null && bytes <= target);
    }

    private void ratioAtMost(String target, String baseline, String redweave, double limit) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        double ratio = ours.value() / base.value();
        row(target, baseline + ": " + base.text(), ours.text(), fmt(ratio) + "×", "≤ " + limit + "×", ratio <= limit);
    }

    private void speedupAtLeast(String target, String baseline, String redweave, double limit) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        double speedup = base.value() / ours.value();
        row(target, baseline + ": " + base.text() + ", " + fmt(base.allocated()) + " B/op",
                ours.text() + ", " + fmt(ours.allocated()) + " B/op", fmt(speedup) + "× cheaper",
                "≥ " + limit + "× cheaper", speedup >= limit);
    }

    private void throughputAtLeast(String target, String baseline, String redweave, double limit) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        double ratio = ours.value() / base.value();
        row(target, baseline + ": " + base.text(), ours.text(), fmt(ratio) + "×", "≥ " + limit + "×", ratio >= limit);
    }

    private void differenceAtMost(String target, String baseline, String redweave, double limitNanos) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        double difference = ours.value() - base.value();
        row(target, baseline + ": " + base.text() + ", " + fmt(base.allocated()) + " B/op",
                ours.text() + ", " + fmt(ours.allocated()) + " B/op", "+" + fmt(difference) + " ns",
                "≤ +" + fmt(limitNanos) + " ns", difference <= limitNanos);
    }

    private void information(String target, String baseline, String redweave) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        row(target, baseline + ": " + base.text() + ", " + fmt(base.allocated()) + " B/op",
                ours.text() + ", " + fmt(ours.allocated()) + " B/op", "+" + fmt(ours.value() - base.value()) + " ns",
                "-", null);
    }

    private void allocationRatio(String target, String baseline, String redweave, double limit) {
        Score base = scores.get(baseline);
        Score ours = scores.get(redweave);
        if (base == null || ours == null) {
            return;
        }
        double ratio = ours.allocated() / base.allocated();
        row(target, baseline + ": " + fmt(base.allocated()) + " B/op", fmt(ours.allocated()) + " B/op",
                fmt(ratio) + "×", "≤ " + limit + "×", ratio <= limit);
    }

    private void roundTrips(String target, String check, String expectedCommand) {
        String value = checks.get(check);
        if (value == null) {
            return;
        }
        String perCall = value.substring(0, value.indexOf(' '));
        String sent = value.substring(value.indexOf("sent ") + 5, value.indexOf(';'));
        boolean one = Double.parseDouble(perCall) == 1.0 && sent.startsWith(expectedCommand) && sent.indexOf(',') < 0;
        row(target, "-", value, perCall + " per call", "exactly 1", one);
    }

    private void row(String target, String baseline, String redweave, String ratio, String goal, Boolean met) {
        rows.add("| " + target + " | " + baseline + " | " + redweave + " | " + ratio + " | " + goal + " | "
                + (met == null ? "information" : met ? "**met**" : "**missed**") + " |");
    }

    private static String first(String value) {
        int bar = value.indexOf("; ");
        return bar < 0 ? value : value.substring(0, bar);
    }

    static String fmt(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 10_000 ? "%,.0f" : magnitude >= 100 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
