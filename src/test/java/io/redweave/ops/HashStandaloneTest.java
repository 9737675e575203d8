package io.redweave.ops;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;

/** The hash operations on one real Redis server. */
@RedisTest
class HashStandaloneTest extends HashOperationsContract {
    private final RedisServer server;

    HashStandaloneTest(RedisServer server) {
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
