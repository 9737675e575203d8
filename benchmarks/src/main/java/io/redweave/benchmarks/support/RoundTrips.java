package io.redweave.benchmarks.support;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisMonitor;

/**
 * Counts the commands clients send to Redis while some calls run, with {@code MONITOR}: unlike
 * {@code INFO commandstats}, it tells the commands a client sent (one round trip each) from those a Lua script ran
 * ({@code [0 lua]} lines), so a rate-limit check is seen as one {@code EVALSHA}, not as the five commands inside it.
 */
public final class RoundTrips {
    private static final String START = "rw-round-trips-start";
    private static final String END = "rw-round-trips-end";

    private RoundTrips() {
    }

    /**
     * What the calls sent.
     *
     * @param sent     commands sent by clients, per command (lower case)
     * @param inScript commands run inside scripts, per command
     */
    public record Count(Map<String, Long> sent, Map<String, Long> inScript) {

        /** Commands sent per call. */
        public double perCall(int calls) {
            return sent.values().stream().mapToLong(Long::longValue).sum() / (double) calls;
        }

        /** Such as {@code 1.000 per call: {get=1000}; inside scripts: {}}. */
        public String describe(int calls) {
            return String.format(Locale.ROOT, "%.3f per call: sent %s; inside scripts %s", perCall(calls), sent,
                    inScript);
        }
    }

    /** Runs {@code calls} while {@code MONITOR} watches {@code redis}, and counts what it saw. */
    public static Count during(BenchRedis redis, Runnable calls) throws InterruptedException {
        Map<String, Long> sent = new TreeMap<>();
        Map<String, Long> inScript = new TreeMap<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        Jedis monitor = new Jedis(URI.create(redis.uri()));
        Thread watcher = new Thread(() -> {
            try {
                monitor.monitor(new JedisMonitor() {
                    @Override
                    public void onCommand(String line) {
                        if (line.contains(END)) {
                            ended.countDown();
                        } else if (line.contains(START)) {
                            started.countDown();
                        } else if (started.getCount() == 0) {
                            count(line, sent, inScript);
                        }
                    }
                });
            } catch (RuntimeException closed) {
                // the connection is closed once the calls are counted
            }
        }, "round-trip-monitor");
        watcher.setDaemon(true);
        watcher.start();
        while (!started.await(10, TimeUnit.MILLISECONDS)) {
            redis.admin().echo(START);
        }
        calls.run();
        redis.admin().echo(END);
        if (!ended.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("MONITOR did not see the end of the calls");
        }
        monitor.disconnect();
        sent.remove("echo");
        return new Count(sent, inScript);
    }

    private static void count(String line, Map<String, Long> sent, Map<String, Long> inScript) {
        int bracket = line.indexOf("] \"");
        if (bracket < 0) {
            return;
        }
        int start = bracket + 3;
        String command = line.substring(start, line.indexOf('"', start)).toLowerCase(Locale.ROOT);
        boolean lua = line.lastIndexOf(" lua]", bracket) >= 0;
        (lua ? inScript : sent).merge(command, 1L, Long::sum);
    }
}
