package io.redweave.examples.quickstart;

import io.redweave.HealthReport;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.codec.Decoded;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The smallest RedWeave program: connects, writes, reads, scans and reports health.
 *
 * <p>Uses the server in {@code REDIS_URL} (and the other {@code REDIS_*} variables) when set; otherwise it starts
 * an embedded real Redis for the length of the run.
 */
public final class QuickstartMain {

    private QuickstartMain() {
    }

    public static void main(String[] args) {
        if (System.getenv("REDIS_URL") != null) {
            run(RedisConfig.fromEnv(), System.out);
            return;
        }
        try (RedisServer embedded = RedisServers.startStandalone()) {
            System.out.println("REDIS_URL is not set: started an embedded Redis at " + embedded.uri());
            run(RedisConfig.builder().url(embedded.uri()).build(), System.out);
        }
    }

    /** Runs the demo against {@code config} and prints what happens to {@code out}. */
    static void run(RedisConfig config, PrintStream out) {
        try (RedWeave redweave = RedWeave.builder().config(config).namespace("quickstart").build()) {
            String key = redweave.keys().cacheEvent("evt-42");
            byte[] event = redweave.codec().encode(new Event("evt-42", "Opening night", 1200));
            redweave.client().set(key.getBytes(StandardCharsets.UTF_8), event);
            out.println("wrote " + key + " = " + new String(event, StandardCharsets.UTF_8));

            Decoded<Event> read = redweave.codec()
                    .decode(redweave.client().get(key.getBytes(StandardCharsets.UTF_8)), Event.class);
            if (read instanceof Decoded.Value<Event> hit) {
                out.println("read  " + key + " -> " + hit.value());
            } else {
                out.println("read  " + key + " -> malformed: " + read);
            }

            String hostile = redweave.keys().cacheEvent("*");
            out.println("an id of \"*\" is encoded, never a wildcard: " + hostile);

            String events = redweave.keys().patterns().cacheByType("event").glob();
            List<String> found = redweave.scanner().scanKeys(events, 10);
            out.println("scan " + events + " found " + found);

            HealthReport health = redweave.health();
            out.println("health: healthy=" + health.healthy() + ", version=" + health.serverVersion()
                    + ", mode=" + health.mode() + ", latency=" + health.latency().toNanos() / 1_000 + " us"
                    + ", usedMemory=" + health.usedMemoryBytes() + " B, clients=" + health.connectedClients());
        }
    }

    /** A ticketed event, stored as JSON. */
    public record Event(String id, String name, int capacity) {
    }
}
