package io.redweave.ops;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Operations on Redis sorted sets: the counterpart of the seed library's sorted-set module.
 *
 * <p>Keys are full Redis keys, used as given; members are plain strings, never encoded (as in the seed). Scores
 * are {@code double}s; {@code NaN} is rejected. Ranks ({@code start}, {@code stop}) are zero-based and may be
 * negative to count from the end ({@code -1} is the last member), as in Redis. Score ranges are
 * {@link ScoreRange}s, always written minimum first. A null or empty key, a null member, a negative offset or count
 * is an {@link IllegalArgumentException}; an empty collection of members sends nothing.
 *
 * <p>A Redis failure is a {@link io.redweave.RedisConnectionException} or a
 * {@link io.redweave.RedisOperationException} naming the command and the key. Implementations are thread-safe.
 */
public interface SortedSetOperations {

    /** Adds a member or updates its score ({@code ZADD}); returns {@code true} when the member is new. */
    boolean zadd(String key, double score, String member);

    /**
     * Adds members or updates their scores in one command ({@code ZADD key s1 m1 s2 m2 ...}); returns how many are
     * new. A member given twice counts once, with its last score. An empty collection sends nothing and returns 0.
     */
    long zadd(String key, Collection<ScoredMember> members);

    /** Adds {@code increment} to a member's score, creating it at 0 ({@code ZINCRBY}); returns the new score. */
    double zincrby(String key, double increment, String member);

    /** A member's score ({@code ZSCORE}), or empty when the member or the set is missing. */
    OptionalDouble zscore(String key, String member);

    /** The members ranked {@code start} to {@code stop}, lowest score first ({@code ZRANGE}). */
    List<String> zrange(String key, long start, long stop);

    /** The members ranked {@code start} to {@code stop} with their scores, lowest first. */
    List<ScoredMember> zrangeWithScores(String key, long start, long stop);

    /** The members ranked {@code start} to {@code stop} from the highest score ({@code ZREVRANGE}). */
    List<String> zrevrange(String key, long start, long stop);

    /** The members ranked {@code start} to {@code stop} from the highest score, with their scores. */
    List<ScoredMember> zrevrangeWithScores(String key, long start, long stop);

    /** The members whose score is in {@code range}, lowest first ({@code ZRANGEBYSCORE}). */
    List<String> zrangeByScore(String key, ScoreRange range);

    /**
     * The members whose score is in {@code range}, lowest first, skipping {@code offset} of them and returning at
     * most {@code count} ({@code ZRANGEBYSCORE ... LIMIT offset count}: a limit always has both).
     */
    List<String> zrangeByScore(String key, ScoreRange range, int offset, int count);

    /** The members whose score is in {@code range}, with their scores, lowest first. */
    List<ScoredMember> zrangeByScoreWithScores(String key, ScoreRange range);

    /** Like {@link #zrangeByScore(String, ScoreRange, int, int)}, with the scores. */
    List<ScoredMember> zrangeByScoreWithScores(String key, ScoreRange range, int offset, int count);

    /**
     * The members whose score is in {@code range}, highest first ({@code ZREVRANGEBYSCORE key max min}: the range
     * is still written minimum first).
     */
    List<String> zrevrangeByScore(String key, ScoreRange range);

    /** Like {@link #zrevrangeByScore(String, ScoreRange)}, skipping {@code offset}, at most {@code count}. */
    List<String> zrevrangeByScore(String key, ScoreRange range, int offset, int count);

    /** Like {@link #zrevrangeByScore(String, ScoreRange)}, with the scores. */
    List<ScoredMember> zrevrangeByScoreWithScores(String key, ScoreRange range);

    /** Like {@link #zrevrangeByScore(String, ScoreRange, int, int)}, with the scores. */
    List<ScoredMember> zrevrangeByScoreWithScores(String key, ScoreRange range, int offset, int count);

    /** A member's rank from the lowest score, 0 first ({@code ZRANK}); empty when it is missing. */
    OptionalLong zrank(String key, String member);

    /** A member's rank from the highest score, 0 first ({@code ZREVRANK}); empty when it is missing. */
    OptionalLong zrevrank(String key, String member);

    /** Removes members ({@code ZREM}); returns how many existed. No members sends nothing and returns 0. */
    long zrem(String key, String... members);

    /** Removes the members whose score is in {@code range} ({@code ZREMRANGEBYSCORE}); returns how many. */
    long zremrangeByScore(String key, ScoreRange range);

    /** Removes the members ranked {@code start} to {@code stop} ({@code ZREMRANGEBYRANK}); returns how many. */
    long zremrangeByRank(String key, long start, long stop);

    /** The number of members ({@code ZCARD}); 0 for a missing set. */
    long zcard(String key);

    /** The number of members whose score is in {@code range} ({@code ZCOUNT}). */
    long zcount(String key, ScoreRange range);
}
