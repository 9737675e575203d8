package io.redweave.ops;

import java.time.Instant;

/**
 * The id of a stream entry: a millisecond time and a sequence number, written {@code 1700000000000-3}.
 *
 * <p>Ids order entries: {@link #compareTo} compares the time, then the sequence. Both parts are non-negative; Redis
 * allows them up to 2<sup>64</sup>-1, which no clock reaches, and RedWeave up to {@link Long#MAX_VALUE}.
 *
 * @param millis   the time part, in milliseconds since the epoch for ids Redis generates
 * @param sequence the sequence number within that millisecond
 */
public record StreamId(long millis, long sequence) implements Comparable<StreamId> {
    /** The smallest id, {@code 0-0}; as the start of a range it is Redis's {@code -}. */
    public static final StreamId MIN = new StreamId(0, 0);
    /** The largest id RedWeave can write; as the end of a range it is Redis's {@code +}. */
    public static final StreamId MAX = new StreamId(Long.MAX_VALUE, Long.MAX_VALUE);

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException when a part is negative
     */
    public StreamId {
        if (millis < 0 || sequence < 0) {
            throw new IllegalArgumentException("stream id " + millis + "-" + sequence + " is invalid: both parts"
                    + " must be >= 0");
        }
    }

    /** The id {@code millis-sequence}. */
    public static StreamId of(long millis, long sequence) {
        return new StreamId(millis, sequence);
    }

    /**
     * Parses {@code "1700000000000-3"}, or {@code "1700000000000"} (sequence 0), as Redis writes ids.
     *
     * @throws IllegalArgumentException when the text is not an id
     */
    public static StreamId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("stream id is null: give an id such as 1700000000000-0");
        }
        int dash = text.indexOf('-');
        try {
            return dash < 0 ? new StreamId(Long.parseLong(text), 0)
                    : new StreamId(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("stream id '" + text + "' is invalid: it must be <millis>-<sequence>"
                    + " such as 1700000000000-0, both numbers >= 0", e);
        }
    }

    /**
     * The smallest id at {@code instant} ({@code <epoch millis>-0}): every entry added at or after that instant has
     * this id or a greater one, so {@code TrimPolicy.minId(StreamId.at(cutoff))} drops entries older than the cutoff.
     *
     * @throws IllegalArgumentException when {@code instant} is before the epoch
     */
    public static StreamId at(Instant instant) {
        if (instant == null || instant.isBefore(Instant.EPOCH)) {
            throw new IllegalArgumentException("instant " + instant + " is invalid: stream ids start at the epoch");
        }
        return new StreamId(instant.toEpochMilli(), 0);
    }

    /** The id right after this one: the smallest id greater than it (for paging through a range). */
    public StreamId next() {
        if (sequence < Long.MAX_VALUE) {
            return new StreamId(millis, sequence + 1);
        }
        if (millis == Long.MAX_VALUE) {
            throw new IllegalStateException("stream id " + this + " is the largest id: it has no next");
        }
        return new StreamId(millis + 1, 0);
    }

    /** The time part as an instant: when Redis added the entry, for ids Redis generated. */
    public Instant timestamp() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public int compareTo(StreamId other) {
        int byTime = Long.compare(millis, other.millis);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }

    /** The id as Redis writes it: {@code millis-sequence}. */
    @Override
    public String toString() {
        return millis + "-" + sequence;
    }
}
