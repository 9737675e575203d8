package io.redweave.docs.start;

import io.redweave.RateLimitExceededException;
import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.io.PrintStream;

/** The program of {@code docs/getting-started.md}. */
public final class GettingStarted {

    private GettingStarted() {
    }

    // example: start-main
    public static void main(String[] args) throws Exception {
        boolean external = System.getenv("REDIS_URL") != null;
        try (RedisServer embedded = external ? null : RedisServers.startStandalone();  // a real Redis, to try things
             RedWeave redweave = RedWeave.builder()
                     .config(external ? RedisConfig.fromEnv() : RedisConfig.builder().url(embedded.uri()).build())
                     .namespace("start")
                     .build()) {
            run(redweave, System.out);
        }
    }
    // end

    // example: start-run
    static void run(RedWeave redweave, PrintStream out) throws Exception {
        EventCatalog catalog = redweave.enhance(EventCatalog.class)    // a subclass that applies the annotations
                .getConstructor().newInstance();

        for (int call = 1; call <= 5; call++) {
            long start = System.nanoTime();
            Event event = catalog.event("42");                         // call 1 runs the method, the others hit
            out.printf("call %d: %s in %d µs%n", call, event.name(), (System.nanoTime() - start) / 1_000);
        }
        out.println("database reads: " + catalog.databaseReads());    // 1
        out.println("stored at: " + redweave.keys().qualify("cache:event:42") + ", TTL "
                + redweave.cache().ttl("event:42").orElseThrow().toSeconds() + " s");

        try {
            for (int search = 1; search <= 6; search++) {
                catalog.search("alice", "jazz");                       // the 6th is refused
            }
        } catch (RateLimitExceededException e) {
            out.println("search refused: " + e.getMessage());
        }
    }
    // end
}
