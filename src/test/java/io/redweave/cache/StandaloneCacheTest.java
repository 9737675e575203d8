package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisConnectionException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cache contracts against one real standalone Redis server, plus getOrFetch while that server is down. */
@RedisTest
class StandaloneCacheTest {
    private static RedisServer server;
    private static CacheDeployment deployment;

    @BeforeAll
    static void start(RedisServer redis) {
        server = redis;
        deployment = new CacheDeployment(StandaloneCacheTest::open, redis::flushAll, false);
    }

    private static RedWeave open(String namespace) {
        RedWeave.Builder builder = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build());
        return (namespace == null ? builder : builder.namespace(namespace)).build();
    }

    @Nested
    class Values extends CacheValuesContract {
        Values() {
            super(StandaloneCacheTest.deployment);
        }
    }

    @Nested
    class Bulk extends CacheBulkContract {
        Bulk() {
            super(StandaloneCacheTest.deployment);
        }
    }

    @Nested
    class GetOrFetch extends GetOrFetchContract {
        GetOrFetch() {
            super(StandaloneCacheTest.deployment);
        }

        @Test
        void seedDefect9_redisStopped_getOrFetchAnswersFromTheLoader_andRecovers() {
            assumeTrue(server.canRestart(), "this Redis cannot be stopped by the test");
            cache.set("warm", "up", MINUTE);
            server.stop();
            try {
                assertThat(cache.getOrFetch("event:1", Event.class, () -> Event.of("db"), MINUTE))
                        .isEqualTo(Event.of("db"));
                assertThat(cache.getOrFetch("event:1", Event.class, () -> Event.of("db again"), MINUTE))
                        .isEqualTo(Event.of("db again"));
                assertThat(cache.stats().redisFailures()).isGreaterThanOrEqualTo(2);
                assertThatThrownBy(() -> cache.get("event:1", Event.class))
                        .isInstanceOf(RedisConnectionException.class).hasMessageContaining("cache:event:1");
            } finally {
                server.start();
            }
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                    cache.getOrFetch("event:1", Event.class, () -> Event.of("back"), MINUTE) != null
                            && cache.exists("event:1"));
            assertThat(cache.get("event:1", Event.class)).contains(Event.of("back"));
        }
    }

    @Nested
    class Stampede extends StampedeContract {
        Stampede() {
            super(StandaloneCacheTest.deployment);
        }
    }
}
