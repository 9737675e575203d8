package io.redweave.ops;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;

/** The geo operations on one real Redis server. */
@RedisTest
class GeoStandaloneTest extends GeoOperationsContract {
    private final RedisServer server;

    GeoStandaloneTest(RedisServer server) {
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
