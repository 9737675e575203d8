package io.redweave.ratelimit;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;

/** The rate limiter's contract and seed-defect regressions on one real Redis server. */
@RedisTest
class StandaloneRateLimiterTest extends SeedDefectContract {
    private final RedisServer server;

    StandaloneRateLimiterTest(RedisServer server) {
        this.server = server;
    }

    @Override
    RedisConfig config() {
        return RedisConfig.builder().url(server.uri()).build();
    }

    @Override
    void flushAll() {
        server.flushAll();
    }
}
