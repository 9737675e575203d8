package io.redweave.docs.migration;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;

/**
 * The start-up and shut-down of a migrated service (quick start, steps 2 and 4): compiled, not run, since it reads
 * the environment as a real service does.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    // example: migration-startup
    public static void main(String[] args) {
        RedWeave.initialize(RedisConfig.fromEnv());          // before the server starts; fails fast, naming the target
        System.out.println("Redis connected: " + RedWeave.get().health());

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // ... close other resources first
            RedWeave.shutdown();                             // closes every connection; idempotent
            System.out.println("Redis connections closed");
        }));

        startHttpServer();                                   // ... rest of start-up
    }
    // end

    private static void startHttpServer() {
        // the service's own start-up
    }
}
