package io.redweave.examples.ticketing;

import io.redweave.RedisConfig;
import io.redweave.examples.ticketing.catalog.Catalog;
import io.redweave.examples.ticketing.demo.Demo;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the ticketing example: by default the scripted demo, which prints its report and exits; with
 * {@code --serve}, the service on {@code http://localhost:8080} until stopped with Ctrl-C.
 *
 * <p>Uses the Redis in {@code REDIS_URL} (and the other {@code REDIS_*} variables) when set; otherwise it starts an
 * embedded real Redis for the length of the run.
 */
public final class TicketingMain {

    private TicketingMain() {
    }

    /**
     * Runs the demo, or serves with {@code --serve} ({@code --port=<n>} for another port than 8080).
     *
     * @throws IllegalStateException when a step of the demo did not behave as expected
     */
    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        PrintStream out = System.out;
        String url = System.getenv("REDIS_URL");
        if (url != null && !url.isBlank()) {
            run(options, RedisConfig.fromEnv(), null, out);
            return;
        }
        RedisServer embedded = RedisServers.startStandalone();
        out.println("REDIS_URL is not set: started a Redis server (" + embedded.provider() + ") at "
                + embedded.uri());
        try {
            run(options, RedisConfig.builder().url(embedded.uri()).build(), embedded, out);
        } finally {
            embedded.close();
        }
    }

    private static void run(Options options, RedisConfig redis, RedisServer embedded, PrintStream out)
            throws InterruptedException {
        if (options.serve()) {
            serve(redis, options.port(), embedded, out);
        } else if (!Demo.run(redis, out)) {
            throw new IllegalStateException("The demo did not behave as expected: see the checks above");
        }
    }

    private static void serve(RedisConfig redis, int port, RedisServer embedded, PrintStream out)
            throws InterruptedException {
        TicketingApp app = TicketingApp.start(redis, Catalog.sample(), "A", port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            if (embedded != null) {
                embedded.close();
            }
            stopped.countDown();
        }, "ticketing-shutdown"));
        String base = "http://localhost:" + app.port();
        out.println("Serving the ticketing API at " + base + " (Ctrl-C stops it). Try:");
        out.println("  curl -s " + base + "/events/evt-1");
        out.println("  curl -s -X POST " + base + "/login -d '{\"user\": \"ada\"}'");
        out.println("  curl -s -X POST " + base + "/events/evt-1/tickets -H 'Authorization: Bearer <sessionId>'");
        out.println("  curl -s " + base + "/health");
        stopped.await();
    }
}
