package io.redweave.docs;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.cache.CacheManager;
import io.redweave.ops.GeoOperations;
import io.redweave.ops.HashOperations;
import io.redweave.ops.ListOperations;
import io.redweave.ops.PoppedValue;
import io.redweave.ops.SortedSetOperations;
import io.redweave.ops.StreamOperations;
import io.redweave.pubsub.PubSubManager;
import io.redweave.test.RedisCluster;
import io.redweave.test.RedisSentinel;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisServers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The examples of {@code docs/} that the build compiles but no test runs: those that connect the way an application
 * does, through {@link RedisConfig#fromEnv()} (the environment of a test run names no Redis), and one that starts a
 * cluster and a Sentinel deployment only to show how. The code each one leads into is run by its page's tests.
 */
final class CompiledExamples {

    private CompiledExamples() {
    }

    static void configuration() {
        // example: config-builder-from-env
        RedWeave redweave = RedWeave.builder()
            .config(RedisConfig.fromEnv())      // or RedisConfig.builder()...build()
            .namespace("ticketing")             // optional prefix for every key RedWeave writes
            .build();                           // connects and PINGs; fails fast with a clear message
        // end
        redweave.close();
    }

    static void defaultInstance() {
        // example: config-default-instance
        RedWeave.initialize(RedisConfig.fromEnv());   // at start-up; calling it again with an equal config is a no-op
        RedWeave redweave = RedWeave.get();           // anywhere; throws IllegalStateException before initialize
        RedWeave.shutdown();                          // at shut-down
        // end
        redweave.isClosed();
    }

    static void aspectLifecycle() {
        // example: weaving-aspectj-lifecycle
        RedWeave.initialize(RedisConfig.fromEnv());   // at start-up, before the first annotated call
        // ... the application runs; woven methods use RedWeave.get()
        RedWeave.shutdown();                          // at shut-down
        // end
    }

    static void cache() {
        // example: cache-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            CacheManager cache = redweave.cache();
            // ... the examples below use cache
        }
        // end
    }

    static void pubSub() {
        // example: pubsub-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            PubSubManager pubSub = redweave.pubSub();   // the instance's manager; closing the instance closes it
            // ... the examples below use pubSub
        }
        // end
    }

    static void operations() {
        // example: operations-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).namespace("ticketing").build()) {
            String key = redweave.keys().cacheEvent("42");          // full keys: build them with the KeyBuilder
            redweave.hashes().hset(key, "name", "Jazz Night");
            redweave.lists().rpush("jobs", new Job("send-ticket", 42));
            Optional<PoppedValue<Job>> next = redweave.lists().blpop("jobs", Duration.ofSeconds(30), Job.class);
        }
        // end
    }

    static void hashes() {
        // example: hashes-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            HashOperations hashes = redweave.hashes();
            // ... the examples below use hashes
        }
        // end
    }

    static void sortedSets() {
        // example: sorted-sets-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            SortedSetOperations zsets = redweave.sortedSets();
            // ... the examples below use zsets
        }
        // end
    }

    static void lists() {
        // example: lists-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            ListOperations lists = redweave.lists();
            // ... the examples below use lists
        }
        // end
    }

    static void geo() {
        // example: geo-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            GeoOperations geo = redweave.geo();
            // ... the examples below use geo
        }
        // end
    }

    static void streams() {
        // example: streams-opener
        try (RedWeave redweave = RedWeave.builder().config(RedisConfig.fromEnv()).build()) {
            StreamOperations streams = redweave.streams();
            // ... the examples below use streams
        }
        // end
    }

    static void redisServers() {
        // example: testing-redis-servers
        try (RedisServer redis = RedisServers.startStandalone()) {
            run(redis.uri());
        }
        try (RedisCluster cluster = RedisServers.startCluster(3, 1)) {   // or (3, 1, Duration.ofMillis(500))
            run(cluster.seedNodes());
        }
        try (RedisSentinel sentinel = RedisServers.startSentinel(1, 3)) {  // or (1, 3, "orders")
            run(sentinel.masterName(), sentinel.sentinelNodes());
        }
        // end
    }

    private static void run(String target) {
        RedisConfig.builder().url(target).build();
    }

    private static void run(String master, String sentinels) {
        RedisConfig.fromEnv(Map.of("REDIS_SENTINEL_MASTER", master, "REDIS_SENTINEL_NODES", sentinels));
    }

    /** A job on a work list. */
    record Job(String type, int id) {
    }
}
