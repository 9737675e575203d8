package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every sorted-set operation against a real Redis; {@link SortedSetStandaloneTest} runs it on one server and
 * {@link SortedSetClusterTest} on a 3-master cluster.
 */
abstract class SortedSetOperationsContract {

    static final String BOARD = "leaderboard:1";

    RedWeave redweave;
    SortedSetOperations zsets;
    UnifiedJedis client;

    /** The configuration of the server or cluster under test. */
    abstract RedisConfig config();

    /** Deletes every key of the server or cluster under test. */
    abstract void flushAll();

    /** The sorted-set operations of a RedWeave instance: the one place that says how a test obtains them. */
    static SortedSetOperations sortedSets(RedWeave redweave) {
        return redweave.sortedSets();
    }

    @BeforeEach
    void open() {
        flushAll();
        redweave = RedWeave.builder().config(config()).build();
        zsets = sortedSets(redweave);
        client = redweave.client();
    }

    @AfterEach
    void close() {
        redweave.close();
    }

    /** a=1, b=2, c=3, d=4, e=5. */
    void fiveMembers() {
        zsets.zadd(BOARD, List.of(ScoredMember.of("a", 1), ScoredMember.of("b", 2), ScoredMember.of("c", 3),
                ScoredMember.of("d", 4), ScoredMember.of("e", 5)));
    }

    @Test
    void zadd_newMember_isTrue_andUpdatingItsScore_isFalse() {
        assertThat(zsets.zadd(BOARD, 10, "alice")).isTrue();
        assertThat(zsets.zadd(BOARD, 20, "alice")).isFalse();

        assertThat(zsets.zscore(BOARD, "alice")).hasValue(20);
    }

    @Test
    void zadd_collection_countsTheNewMembers_andAMemberGivenTwiceKeepsItsLastScore() {
        zsets.zadd(BOARD, 1, "a");

        long added = zsets.zadd(BOARD, List.of(ScoredMember.of("a", 5), ScoredMember.of("b", 2),
                ScoredMember.of("b", 3), ScoredMember.of("c", Double.POSITIVE_INFINITY)));

        assertThat(added).isEqualTo(2);
        assertThat(zsets.zrangeWithScores(BOARD, 0, -1)).containsExactly(ScoredMember.of("b", 3),
                ScoredMember.of("a", 5), ScoredMember.of("c", Double.POSITIVE_INFINITY));
    }

    @Test
    void members_areRawStrings_neverEncoded() {
        zsets.zadd(BOARD, 1, "123");
        zsets.zadd(BOARD, 2, "{\"x\":1}");

        assertThat(client.zscore(BOARD, "123")).isEqualTo(1.0);
        assertThat(zsets.zrange(BOARD, 0, -1)).containsExactly("123", "{\"x\":1}");
    }

    @Test
    void zincrby_returnsTheNewScore() {
        assertThat(zsets.zincrby(BOARD, 2.5, "alice")).isEqualTo(2.5);
        assertThat(zsets.zincrby(BOARD, -1, "alice")).isEqualTo(1.5);
    }

    @Test
    void zscore_ofAMissingMemberOrSet_isEmpty() {
        zsets.zadd(BOARD, 1, "a");

        assertThat(zsets.zscore(BOARD, "zzz")).isEmpty();
        assertThat(zsets.zscore("leaderboard:404", "a")).isEmpty();
    }

    @Test
    void zrange_andZrevrange_byRank_withNegativeIndexes() {
        fiveMembers();

        assertThat(zsets.zrange(BOARD, 0, 1)).containsExactly("a", "b");
        assertThat(zsets.zrange(BOARD, -2, -1)).containsExactly("d", "e");
        assertThat(zsets.zrevrange(BOARD, 0, 1)).containsExactly("e", "d");
        assertThat(zsets.zrangeWithScores(BOARD, 0, 0)).containsExactly(ScoredMember.of("a", 1));
        assertThat(zsets.zrevrangeWithScores(BOARD, 0, 0)).containsExactly(ScoredMember.of("e", 5));
        assertThat(zsets.zrange("leaderboard:404", 0, -1)).isEmpty();
    }

    @Test
    void zrangeByScore_honoursInclusiveExclusiveAndInfiniteBounds() {
        fiveMembers();

        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.closed(2, 4))).containsExactly("b", "c", "d");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.open(2, 4))).containsExactly("c");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.greaterThan(3))).containsExactly("d", "e");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.atMost(2))).containsExactly("a", "b");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.lessThan(2))).containsExactly("a");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.atLeast(5))).containsExactly("e");
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.all())).hasSize(5);
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.parse("(1", "+inf"))).containsExactly("b", "c", "d", "e");
        assertThat(zsets.zrangeByScoreWithScores(BOARD, ScoreRange.closed(4, 4)))
                .containsExactly(ScoredMember.of("d", 4));
    }

    @Test
    void zrevrangeByScore_takesTheRangeMinFirst_andReturnsHighestFirst() {
        fiveMembers();

        assertThat(zsets.zrevrangeByScore(BOARD, ScoreRange.closed(2, 4))).containsExactly("d", "c", "b");
        assertThat(zsets.zrevrangeByScore(BOARD, ScoreRange.open(2, 4))).containsExactly("c");
        assertThat(zsets.zrevrangeByScoreWithScores(BOARD, ScoreRange.atLeast(4)))
                .containsExactly(ScoredMember.of("e", 5), ScoredMember.of("d", 4));
    }

    @Test
    void byScore_withOffsetAndCount_sendsLimit() {
        fiveMembers();

        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.all(), 1, 2)).containsExactly("b", "c");
        assertThat(zsets.zrangeByScoreWithScores(BOARD, ScoreRange.all(), 4, 10))
                .containsExactly(ScoredMember.of("e", 5));
        assertThat(zsets.zrevrangeByScore(BOARD, ScoreRange.all(), 0, 2)).containsExactly("e", "d");
        assertThat(zsets.zrevrangeByScoreWithScores(BOARD, ScoreRange.closed(1, 3), 1, 1))
                .containsExactly(ScoredMember.of("b", 2));
        assertThat(zsets.zrangeByScore(BOARD, ScoreRange.all(), 0, 0)).isEmpty();
    }

    @Test
    void limit_rejectsANegativeOffsetOrCount_insteadOfDroppingIt() {
        fiveMembers();

        assertThatThrownBy(() -> zsets.zrangeByScore(BOARD, ScoreRange.all(), -1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset -1");
        assertThatThrownBy(() -> zsets.zrevrangeByScore(BOARD, ScoreRange.all(), 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count -1");
    }

    @Test
    void zrank_andZrevrank_ofPresentAndMissingMembers() {
        fiveMembers();

        assertThat(zsets.zrank(BOARD, "b")).hasValue(1);
        assertThat(zsets.zrevrank(BOARD, "b")).hasValue(3);
        assertThat(zsets.zrank(BOARD, "zzz")).isEmpty();
        assertThat(zsets.zrevrank("leaderboard:404", "b")).isEmpty();
    }

    @Test
    void zrem_removesMembers_andCountsThoseThatExisted() {
        fiveMembers();

        assertThat(zsets.zrem(BOARD, "a", "b", "zzz")).isEqualTo(2);
        assertThat(zsets.zcard(BOARD)).isEqualTo(3);
    }

    @Test
    void zremrangeByScore_andByRank_removeRanges() {
        fiveMembers();

        assertThat(zsets.zremrangeByScore(BOARD, ScoreRange.open(1, 3))).isEqualTo(1);
        assertThat(zsets.zremrangeByRank(BOARD, 0, 0)).isEqualTo(1);
        assertThat(zsets.zrange(BOARD, 0, -1)).containsExactly("c", "d", "e");
    }

    @Test
    void zcard_andZcount_countMembers() {
        fiveMembers();

        assertThat(zsets.zcard(BOARD)).isEqualTo(5);
        assertThat(zsets.zcount(BOARD, ScoreRange.closed(2, 4))).isEqualTo(3);
        assertThat(zsets.zcount(BOARD, ScoreRange.open(2, 4))).isEqualTo(1);
        assertThat(zsets.zcard("leaderboard:404")).isZero();
    }

    @Test
    void seedDefect23_emptyArguments_sendNothing_andAreNoOps() {
        assertThat(zsets.zadd(BOARD, List.of())).isZero();
        assertThat(zsets.zrem(BOARD)).isZero();

        assertThat(client.exists(BOARD)).isFalse();
    }

    @Test
    void invalidArguments_areRejected_withTheValueAndTheRule() {
        assertThatThrownBy(() -> zsets.zadd(BOARD, Double.NaN, "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> zsets.zadd(BOARD, 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member");
        assertThatThrownBy(() -> zsets.zcard(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key null");
        assertThatThrownBy(() -> zsets.zcount(BOARD, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ScoreRange.all()");
        assertThatThrownBy(() -> ScoreRange.closed(5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("min 5.0 is greater than max 1.0");
        assertThatThrownBy(() -> ScoreRange.parse("(abc", "5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'(abc'");
        assertThat(client.exists(BOARD)).isFalse();
    }

    @Test
    void wrongType_isAnOperationExceptionNamingCommandAndKey() {
        client.set("plain", "v");

        assertThatThrownBy(() -> zsets.zadd("plain", 1, "a"))
                .isInstanceOfSatisfying(RedisOperationException.class, e -> {
                    assertThat(e.operation()).isEqualTo("ZADD");
                    assertThat(e.key()).isEqualTo("plain");
                });
    }
}
