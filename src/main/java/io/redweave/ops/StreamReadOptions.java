package io.redweave.ops;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@code xread} and {@code xreadGroup} read: at most how many entries per stream ({@code COUNT}), whether and
 * how long to wait for entries ({@code BLOCK}), and for consumer groups whether delivery needs no
 * acknowledgement ({@code NOACK}).
 *
 * <pre>{@code
 * StreamReadOptions.defaults().count(10)                               // up to 10 per stream, now
 * StreamReadOptions.defaults().count(10).block(Duration.ofSeconds(5))  // wait up to 5 s for an entry
 * }</pre>
 *
 * <p><b>Blocking.</b> A blocking read runs on a connection of its own, outside the pool, whose socket timeout is
 * the block time plus the normal timeout: it is not cut off by the normal timeout and it holds up no other
 * command. {@code block(Duration.ZERO)} waits without limit, as Redis defines {@code BLOCK 0}; that connection
 * then has no read timeout, and the call returns only when an entry arrives or the connection breaks. A positive
 * block time below one millisecond is rounded up to one millisecond, never down to "no limit". Instances are
 * immutable.
 *
 * @param count at most this many entries per stream; empty for Redis's default (all available)
 * @param block how long to wait when no entry is available; empty to return at once
 * @param noAck for {@code xreadGroup}: entries are not added to the pending list and need no {@code XACK}
 */
public record StreamReadOptions(OptionalInt count, Optional<Duration> block, boolean noAck) {
    private static final Duration LONGEST_BLOCK = Duration.ofMillis(Integer.MAX_VALUE);

    /**
     * Validates the options.
     *
     * @throws IllegalArgumentException when the count is not positive, or the block time is negative or longer
     *     than {@code Integer.MAX_VALUE} milliseconds
     */
    public StreamReadOptions {
        if (count == null || block == null) {
            throw new IllegalArgumentException("count and block must be given (possibly empty): start from"
                    + " StreamReadOptions.defaults()");
        }
        if (count.isPresent() && count.getAsInt() <= 0) {
            throw new IllegalArgumentException("count " + count.getAsInt() + " is invalid: it must be positive");
        }
        if (block.isPresent()) {
            Duration time = block.get();
            if (time.isNegative() || time.compareTo(LONGEST_BLOCK) > 0) {
                throw new IllegalArgumentException("block " + time + " is invalid: it must be between 0 (no limit)"
                        + " and " + LONGEST_BLOCK.toMillis() + " ms");
            }
        }
    }

    /** Read what is there now, with Redis's default count, acknowledged as usual. */
    public static StreamReadOptions defaults() {
        return new StreamReadOptions(OptionalInt.empty(), Optional.empty(), false);
    }

    /**
     * These options, with at most {@code count} entries per stream ({@code COUNT}).
     *
     * @throws IllegalArgumentException when {@code count} is not positive
     */
    public StreamReadOptions count(int count) {
        return new StreamReadOptions(OptionalInt.of(count), block, noAck);
    }

    /**
     * These options, waiting up to {@code timeout} for an entry when none is available ({@code BLOCK});
     * {@link Duration#ZERO} waits without limit.
     *
     * @throws IllegalArgumentException when {@code timeout} is null, negative or too long
     */
    public StreamReadOptions block(Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("block timeout is null: give a Duration (ZERO waits without limit)");
        }
        return new StreamReadOptions(count, Optional.of(timeout), noAck);
    }

    /** These options, for {@code xreadGroup}: entries need no acknowledgement ({@code NOACK}). */
    public StreamReadOptions noAck(boolean noAck) {
        return new StreamReadOptions(count, block, noAck);
    }

    /**
     * The {@code BLOCK} argument in milliseconds: empty when not blocking, 0 for no limit, otherwise at least 1.
     */
    public OptionalInt blockMillis() {
        if (block.isEmpty()) {
            return OptionalInt.empty();
        }
        Duration time = block.get();
        if (time.isZero()) {
            return OptionalInt.of(0);
        }
        long millis = time.toMillis();
        return OptionalInt.of((int) Math.max(1, time.equals(Duration.ofMillis(millis)) ? millis : millis + 1));
    }
}
