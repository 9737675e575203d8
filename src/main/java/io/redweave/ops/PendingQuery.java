package io.redweave.ops;

import java.time.Duration;
import java.util.Optional;

/**
 * Which pending entries of a consumer group to list ({@code XPENDING key group [IDLE ms] start end count
 * [consumer]}).
 *
 * <pre>{@code
 * PendingQuery.first(10)                                            // the 10 oldest pending entries
 * PendingQuery.first(10).consumer("worker-1").minIdle(Duration.ofMinutes(1))
 * }</pre>
 * Instances are immutable.
 *
 * @param start    the lowest id, included
 * @param end      the highest id, included
 * @param count    at most this many entries
 * @param consumer only the entries of this consumer; empty for every consumer
 * @param minIdle  only entries idle at least this long ({@code IDLE}, Redis 6.2+); empty for every entry
 */
public record PendingQuery(StreamId start, StreamId end, int count, Optional<String> consumer,
        Optional<Duration> minIdle) {

    /**
     * Validates the query.
     *
     * @throws IllegalArgumentException when a part is null, the count is not positive or the idle time negative
     */
    public PendingQuery {
        if (start == null || end == null || consumer == null || minIdle == null) {
            throw new IllegalArgumentException("a pending query needs a start, an end, and a consumer and a minimum"
                    + " idle time (possibly empty): start from PendingQuery.first(count)");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count " + count + " is invalid: it must be positive");
        }
        if (minIdle.isPresent() && minIdle.get().isNegative()) {
            throw new IllegalArgumentException("minIdle " + minIdle.get() + " is invalid: it must be >= 0");
        }
    }

    /** The {@code count} oldest pending entries, of every consumer. */
    public static PendingQuery first(int count) {
        return new PendingQuery(StreamId.MIN, StreamId.MAX, count, Optional.empty(), Optional.empty());
    }

    /** This query, limited to ids from {@code start} to {@code end}, both included. */
    public PendingQuery between(StreamId start, StreamId end) {
        return new PendingQuery(start, end, count, consumer, minIdle);
    }

    /** This query, limited to the entries of one consumer. */
    public PendingQuery consumer(String name) {
        if (name == null) {
            throw new IllegalArgumentException("consumer is null: give the consumer's name");
        }
        return new PendingQuery(start, end, count, Optional.of(name), minIdle);
    }

    /** This query, limited to entries idle at least {@code idle} ({@code IDLE}). */
    public PendingQuery minIdle(Duration idle) {
        if (idle == null) {
            throw new IllegalArgumentException("minIdle is null: give a Duration");
        }
        return new PendingQuery(start, end, count, consumer, Optional.of(idle));
    }
}
