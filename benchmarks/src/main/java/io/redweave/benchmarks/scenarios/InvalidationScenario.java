package io.redweave.benchmarks.scenarios;

import io.redweave.RedWeave;
import io.redweave.benchmarks.support.BenchRedis;
import io.redweave.benchmarks.support.CommandStats;
import io.redweave.cache.CacheManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.resps.Slowlog;

/**
 * Pattern invalidation with {@code redweave.cache().invalidate(pattern)} ({@code SCAN MATCH … COUNT 1000} and
 * {@code UNLINK} per batch), timed from the caller, with every Redis call the invalidation made read back from
 * {@code SLOWLOG} (threshold 0 µs during the run, so the log holds every call with its server-side duration).
 *
 * <ul>
 *   <li>Selective: 10,000 matching keys among 1,000,000 (990,000 others from {@code DEBUG POPULATE}); the whole key
 *       space must be walked, so the rate that matters is keys walked per second.</li>
 *   <li>Purge: 1,000,000 keys that all match; the rate is keys deleted per second.</li>
 * </ul>
 */
public final class InvalidationScenario {
    /** Keys in the database. */
    public static final int TOTAL = 1_000_000;
    /** Matching keys of the selective run. */
    public static final int MATCHING = 10_000;

    private static final ProtocolCommand DEBUG = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);

    private InvalidationScenario() {
    }

    /**
     * One invalidation.
     *
     * @param name           which run
     * @param keysInDb       keys in the database before it
     * @param deleted        keys it deleted
     * @param seconds        its wall-clock time, from the caller
     * @param redisCalls     calls it made, per command
     * @param slowestMicros  the longest single call, server side
     * @param slowestCommand that call's command
     * @param callsOver5ms   calls longer than 5,000 µs
     */
    public record Run(String name, long keysInDb, long deleted, double seconds, Map<String, Long> redisCalls,
            long slowestMicros, String slowestCommand, long callsOver5ms) {

        /** Keys walked per second (the whole key space is scanned). */
        public double walkedPerSecond() {
            return keysInDb / seconds;
        }

        /** Keys deleted per second. */
        public double deletedPerSecond() {
            return deleted / seconds;
        }
    }

    /** The selective runs and the purge, on a Redis of its own. */
    public static List<Run> run(int selectiveRounds) {
        try (BenchRedis redis = BenchRedis.start();
             RedWeave redweave = RedWeave.builder().config(redis.config()).build()) {
            CacheManager cache = redweave.cache();
            Jedis admin = redis.admin();
            populate(admin, TOTAL - MATCHING, "other");
            List<Run> runs = new java.util.ArrayList<>();
            for (int round = 1; round <= selectiveRounds; round++) {
                Map<String, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < MATCHING; i++) {
                    entries.put("user:42:item:" + i, i);
                    if (entries.size() == 1_000) {
                        cache.mset(entries, Duration.ofHours(1));
                        entries.clear();
                    }
                }
                require(admin.dbSize() == TOTAL, "expected " + TOTAL + " keys, found " + admin.dbSize());
                Run run = measure(redis, "selective " + round, () -> cache.invalidate("user:42:*"));
                require(run.deleted() == MATCHING && admin.dbSize() == TOTAL - MATCHING,
                        "the invalidation deleted " + run.deleted() + " keys instead of " + MATCHING);
                runs.add(run);
            }
            admin.flushAll();
            populate(admin, TOTAL, "cache:bulk");
            Run purge = measure(redis, "purge", () -> cache.invalidate("bulk:*"));
            require(purge.deleted() == TOTAL && admin.dbSize() == 0,
                    "the purge deleted " + purge.deleted() + " keys instead of " + TOTAL);
            runs.add(purge);
            return runs;
        }
    }

    private static Run measure(BenchRedis redis, String name, java.util.function.LongSupplier invalidation) {
        Jedis admin = redis.admin();
        long keys = admin.dbSize();
        admin.configSet("slowlog-max-len", "1000000");
        admin.configSet("slowlog-log-slower-than", "0");
        admin.slowlogReset();
        CommandStats before = redis.commandStats();
        long start = System.nanoTime();
        long deleted = invalidation.getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        admin.configSet("slowlog-log-slower-than", "10000");
        Map<String, Long> calls = redis.commandStats().since(before);
        long slowest = 0;
        String slowestCommand = "-";
        long over = 0;
        for (Slowlog entry : admin.slowlogGet(2_000_000)) {
            String command = entry.getArgs().isEmpty() ? "?" : entry.getArgs().get(0).toLowerCase();
            if (!command.equals("scan") && !command.equals("unlink") && !command.equals("del")) {
                continue;
            }
            if (entry.getExecutionTime() > slowest) {
                slowest = entry.getExecutionTime();
                slowestCommand = command;
            }
            if (entry.getExecutionTime() > 5_000) {
                over++;
            }
        }
        admin.slowlogReset();
        return new Run(name, keys, deleted, seconds, calls, slowest, slowestCommand, over);
    }

    /** {@code count} keys named {@code prefix:N} with 50-byte values: {@code DEBUG POPULATE}, or pipelined SETs. */
    private static void populate(Jedis admin, int count, String prefix) {
        try {
            admin.sendCommand(DEBUG, "POPULATE", String.valueOf(count), prefix,
                    "50");
        } catch (RuntimeException debugRefused) {
            Pipeline pipeline = admin.pipelined();
            String value = "x".repeat(50);
            for (int i = 0; i < count; i++) {
                pipeline.set(prefix + ":" + i, value);
                if (i % 10_000 == 9_999) {
                    pipeline.sync();
                }
            }
            pipeline.sync();
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
