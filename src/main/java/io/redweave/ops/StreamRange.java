package io.redweave.ops;

import java.util.OptionalInt;

/**
 * A range of stream ids, both bounds included, with an optional limit on the number of entries: what
 * {@code XRANGE} and {@code XREVRANGE} take.
 *
 * <pre>{@code
 * StreamRange.all()                              // - +
 * StreamRange.between(from, to).limit(100)       // from to COUNT 100
 * StreamRange.from(last.id().next()).limit(100)  // the next page after the last entry read
 * }</pre>
 * A range is always written lowest id first, also for {@code xrevrange}, which sends it highest first.
 *
 * @param start the lowest id, included; {@link StreamId#MIN} is Redis's {@code -}
 * @param end   the highest id, included; {@link StreamId#MAX} is Redis's {@code +}
 * @param limit at most this many entries ({@code COUNT}); empty for all
 */
public record StreamRange(StreamId start, StreamId end, OptionalInt limit) {

    /**
     * Validates the range.
     *
     * @throws IllegalArgumentException when a bound is null or the limit is not positive
     */
    public StreamRange {
        if (start == null || end == null || limit == null) {
            throw new IllegalArgumentException("a stream range needs a start, an end and a limit (possibly empty):"
                    + " use StreamRange.all(), between(start, end), from(start) or until(end)");
        }
        if (limit.isPresent() && limit.getAsInt() <= 0) {
            throw new IllegalArgumentException("limit " + limit.getAsInt() + " is invalid: it must be positive");
        }
    }

    /** Every entry: {@code -} to {@code +}. */
    public static StreamRange all() {
        return between(StreamId.MIN, StreamId.MAX);
    }

    /** The entries from {@code start} to {@code end}, both included. */
    public static StreamRange between(StreamId start, StreamId end) {
        return new StreamRange(start, end, OptionalInt.empty());
    }

    /** The entries from {@code start} on. */
    public static StreamRange from(StreamId start) {
        return between(start, StreamId.MAX);
    }

    /** The entries up to {@code end}. */
    public static StreamRange until(StreamId end) {
        return between(StreamId.MIN, end);
    }

    /**
     * This range, limited to {@code count} entries ({@code COUNT}).
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    public StreamRange limit(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("limit " + count + " is invalid: it must be positive");
        }
        return new StreamRange(start, end, OptionalInt.of(count));
    }
}
