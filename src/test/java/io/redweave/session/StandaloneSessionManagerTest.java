package io.redweave.session;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;

/** The session manager's contract and seed-defect regressions on one real Redis server. */
@RedisTest
class StandaloneSessionManagerTest extends SessionSeedDefectContract {
    private final RedisServer server;

    StandaloneSessionManagerTest(RedisServer server) {
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
