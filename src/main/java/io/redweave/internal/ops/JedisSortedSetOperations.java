package io.redweave.internal.ops;

import static io.redweave.internal.ops.HashListValues.requireKey;

import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.ops.ScoreRange;
import io.redweave.ops.ScoredMember;
import io.redweave.ops.SortedSetOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.Tuple;

/**
 * The {@link SortedSetOperations} over Jedis's string sorted-set commands (members are plain strings).
 *
 * <p>Implementation note: the reverse and by-score reads use {@code ZRANGE} with {@code REV} and {@code BYSCORE}
 * (Redis 6.2), which replaces the deprecated {@code ZREVRANGE}, {@code ZRANGEBYSCORE} and
 * {@code ZREVRANGEBYSCORE}. Score bounds are sent in Redis's string form ({@code "(5.0"}, {@code "-inf"}), so
 * exclusive and infinite bounds need nothing special; {@code LIMIT} is sent only by the overloads that take both an
 * offset and a count. The class is long only because each of its 23 methods is one command.
 */
public final class JedisSortedSetOperations implements SortedSetOperations {

    private final UnifiedJedis client;

    /** Creates the sorted-set operations of one RedWeave instance. */
    public JedisSortedSetOperations(RedisContext context) {
        this.client = context.client();
    }

    @Override
    public boolean zadd(String key, double score, String member) {
        requireKey(key);
        ScoredMember checked = new ScoredMember(member, score);
        return RedisErrors.call("ZADD", key, () -> client.zadd(key, checked.score(), checked.member())) > 0;
    }

    @Override
    public long zadd(String key, Collection<ScoredMember> members) {
        requireKey(key);
        if (members == null) {
            throw new IllegalArgumentException("members must not be null: pass the members with their scores");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (ScoredMember member : members) {
            if (member == null) {
                throw new IllegalArgumentException("members of '" + key + "' contain null");
            }
            scores.put(member.member(), member.score());
        }
        if (scores.isEmpty()) {
            return 0;
        }
        return RedisErrors.call("ZADD", key, () -> client.zadd(key, scores));
    }

    @Override
    public double zincrby(String key, double increment, String member) {
        requireKey(key);
        ScoredMember checked = new ScoredMember(member, increment);
        return RedisErrors.call("ZINCRBY", key, () -> client.zincrby(key, checked.score(), checked.member()));
    }

    @Override
    public OptionalDouble zscore(String key, String member) {
        requireKey(key);
        requireMember(member);
        Double score = RedisErrors.call("ZSCORE", key, () -> client.zscore(key, member));
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    @Override
    public List<String> zrange(String key, long start, long stop) {
        requireKey(key);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, start, stop));
    }

    @Override
    public List<ScoredMember> zrangeWithScores(String key, long start, long stop) {
        requireKey(key);
        return scored(RedisErrors.call("ZRANGE", key, () -> client.zrangeWithScores(key, start, stop)));
    }

    @Override
    public List<String> zrevrange(String key, long start, long stop) {
        requireKey(key);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, ZRangeParams.zrangeParams(start, stop).rev()));
    }

    @Override
    public List<ScoredMember> zrevrangeWithScores(String key, long start, long stop) {
        requireKey(key);
        return scored(RedisErrors.call("ZRANGE", key,
                () -> client.zrangeWithScores(key, ZRangeParams.zrangeParams(start, stop).rev())));
    }

    @Override
    public List<String> zrangeByScore(String key, ScoreRange range) {
        check(key, range);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, byScore(range, false)));
    }

    @Override
    public List<String> zrangeByScore(String key, ScoreRange range, int offset, int count) {
        check(key, range, offset, count);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, byScore(range, false).limit(offset, count)));
    }

    @Override
    public List<ScoredMember> zrangeByScoreWithScores(String key, ScoreRange range) {
        check(key, range);
        return scored(RedisErrors.call("ZRANGE", key, () -> client.zrangeWithScores(key, byScore(range, false))));
    }

    @Override
    public List<ScoredMember> zrangeByScoreWithScores(String key, ScoreRange range, int offset, int count) {
        check(key, range, offset, count);
        return scored(RedisErrors.call("ZRANGE", key,
                () -> client.zrangeWithScores(key, byScore(range, false).limit(offset, count))));
    }

    @Override
    public List<String> zrevrangeByScore(String key, ScoreRange range) {
        check(key, range);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, byScore(range, true)));
    }

    @Override
    public List<String> zrevrangeByScore(String key, ScoreRange range, int offset, int count) {
        check(key, range, offset, count);
        return RedisErrors.call("ZRANGE", key, () -> client.zrange(key, byScore(range, true).limit(offset, count)));
    }

    @Override
    public List<ScoredMember> zrevrangeByScoreWithScores(String key, ScoreRange range) {
        check(key, range);
        return scored(RedisErrors.call("ZRANGE", key, () -> client.zrangeWithScores(key, byScore(range, true))));
    }

    @Override
    public List<ScoredMember> zrevrangeByScoreWithScores(String key, ScoreRange range, int offset, int count) {
        check(key, range, offset, count);
        return scored(RedisErrors.call("ZRANGE", key,
                () -> client.zrangeWithScores(key, byScore(range, true).limit(offset, count))));
    }

    /** {@code ZRANGE key min max BYSCORE}, or {@code ZRANGE key max min BYSCORE REV}. */
    private static ZRangeParams byScore(ScoreRange range, boolean reverse) {
        return reverse ? new ZRangeParams(Protocol.Keyword.BYSCORE, range.redisMax(), range.redisMin()).rev()
                : new ZRangeParams(Protocol.Keyword.BYSCORE, range.redisMin(), range.redisMax());
    }

    @Override
    public OptionalLong zrank(String key, String member) {
        requireKey(key);
        requireMember(member);
        return rank(RedisErrors.call("ZRANK", key, () -> client.zrank(key, member)));
    }

    @Override
    public OptionalLong zrevrank(String key, String member) {
        requireKey(key);
        requireMember(member);
        return rank(RedisErrors.call("ZREVRANK", key, () -> client.zrevrank(key, member)));
    }

    @Override
    public long zrem(String key, String... members) {
        requireKey(key);
        if (members == null) {
            throw new IllegalArgumentException("members must not be null: pass the members to remove");
        }
        for (String member : members) {
            requireMember(member);
        }
        if (members.length == 0) {
            return 0;
        }
        return RedisErrors.call("ZREM", key, () -> client.zrem(key, members));
    }

    @Override
    public long zremrangeByScore(String key, ScoreRange range) {
        check(key, range);
        return RedisErrors.call("ZREMRANGEBYSCORE", key,
                () -> client.zremrangeByScore(key, range.redisMin(), range.redisMax()));
    }

    @Override
    public long zremrangeByRank(String key, long start, long stop) {
        requireKey(key);
        return RedisErrors.call("ZREMRANGEBYRANK", key, () -> client.zremrangeByRank(key, start, stop));
    }

    @Override
    public long zcard(String key) {
        requireKey(key);
        return RedisErrors.call("ZCARD", key, () -> client.zcard(key));
    }

    @Override
    public long zcount(String key, ScoreRange range) {
        check(key, range);
        return RedisErrors.call("ZCOUNT", key, () -> client.zcount(key, range.redisMin(), range.redisMax()));
    }

    private static List<ScoredMember> scored(List<Tuple> tuples) {
        List<ScoredMember> members = new ArrayList<>(tuples.size());
        for (Tuple tuple : tuples) {
            members.add(new ScoredMember(tuple.getElement(), tuple.getScore()));
        }
        return members;
    }

    private static OptionalLong rank(Long rank) {
        return rank == null ? OptionalLong.empty() : OptionalLong.of(rank);
    }

    private static void check(String key, ScoreRange range) {
        requireKey(key);
        if (range == null) {
            throw new IllegalArgumentException("score range must not be null: use ScoreRange.all() for every score");
        }
    }

    private static void check(String key, ScoreRange range, int offset, int count) {
        check(key, range);
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset + " is invalid: it must be zero or more");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " is invalid: it must be zero or more "
                    + "(use the overload without offset and count for every member)");
        }
    }

    private static void requireMember(String member) {
        if (member == null) {
            throw new IllegalArgumentException("member must not be null");
        }
    }
}
