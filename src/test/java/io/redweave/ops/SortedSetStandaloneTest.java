package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.Test;

/** The sorted-set operations on one real Redis server, and the score-range forms Redis reads. */
@RedisTest
class SortedSetStandaloneTest extends SortedSetOperationsContract {
    private final RedisServer server;

    SortedSetStandaloneTest(RedisServer server) {
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

    @Test
    void scoreRange_rendersRedisBounds() {
        assertThat(ScoreRange.open(1, 2.5).redisMin()).isEqualTo("(1.0");
        assertThat(ScoreRange.open(1, 2.5).redisMax()).isEqualTo("(2.5");
        assertThat(ScoreRange.all().redisMin()).isEqualTo("-inf");
        assertThat(ScoreRange.all().redisMax()).isEqualTo("+inf");
        assertThat(ScoreRange.parse("-inf", "(5")).isEqualTo(ScoreRange.lessThan(5));
        assertThat(ScoreRange.parse("1", "inf")).isEqualTo(ScoreRange.atLeast(1));
    }
}
