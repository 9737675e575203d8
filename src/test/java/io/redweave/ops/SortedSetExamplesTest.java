package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/operations/sorted-sets.md}, run against a real Redis. */
@RedisTest
class SortedSetExamplesTest {
    private final RedisServer server;
    private RedWeave redweave;
    private SortedSetOperations zsets;

    SortedSetExamplesTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void open() {
        server.flushAll();
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
        zsets = SortedSetOperationsContract.sortedSets(redweave);
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    @Test
    void docsPage_showsTheseExamples() {
        HashListDocs.assertInSync("docs/operations/sorted-sets.md", SortedSetExamplesTest.class);
    }

    @Test
    void leaderboard() {
        // example: zset-leaderboard
        zsets.zadd("leaderboard:42", List.of(ScoredMember.of("alice", 120), ScoredMember.of("bob", 95),
                ScoredMember.of("carol", 150)));
        zsets.zincrby("leaderboard:42", 10, "bob");                                  // 105.0
        List<ScoredMember> top = zsets.zrevrangeWithScores("leaderboard:42", 0, 2);  // carol, alice, bob
        OptionalLong aliceRank = zsets.zrevrank("leaderboard:42", "alice");          // 1
        // end
        assertThat(top).containsExactly(ScoredMember.of("carol", 150), ScoredMember.of("alice", 120),
                ScoredMember.of("bob", 105));
        assertThat(aliceRank).hasValue(1);
    }

    @Test
    void byScore() {
        zsets.zadd("leaderboard:42", List.of(ScoredMember.of("alice", 120), ScoredMember.of("bob", 95),
                ScoredMember.of("carol", 150), ScoredMember.of("dave", 100)));
        // example: zset-by-score
        List<String> over100 = zsets.zrangeByScore("leaderboard:42", ScoreRange.greaterThan(100));
        List<String> firstPage = zsets.zrevrangeByScore("leaderboard:42", ScoreRange.all(), 0, 2); // LIMIT 0 2
        long between = zsets.zcount("leaderboard:42", ScoreRange.closed(100, 130));
        long dropped = zsets.zremrangeByScore("leaderboard:42", ScoreRange.lessThan(100));
        // end
        assertThat(over100).containsExactly("alice", "carol");
        assertThat(firstPage).containsExactly("carol", "alice");
        assertThat(between).isEqualTo(2);
        assertThat(dropped).isEqualTo(1);
    }

    @Test
    void seedBounds() {
        zsets.zadd("leaderboard:42", List.of(ScoredMember.of("alice", 5), ScoredMember.of("bob", 6)));
        // example: zset-seed-bounds
        // seed: zrangebyscore(key, "(5", "+inf", { withScores: true, offset: 0, count: 10 })
        List<ScoredMember> above5 = zsets.zrangeByScoreWithScores("leaderboard:42",
                ScoreRange.parse("(5", "+inf"), 0, 10);
        // end
        assertThat(above5).containsExactly(ScoredMember.of("bob", 6));
    }
}
