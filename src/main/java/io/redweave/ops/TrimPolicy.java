package io.redweave.ops;

/**
 * How a stream is trimmed when an entry is added ({@code XADD ... MAXLEN/MINID}) or on demand ({@code XTRIM}), so
 * that streams do not grow without bound.
 *
 * <pre>{@code
 * TrimPolicy.maxLen(1000)                                     // MAXLEN 1000: exactly the newest 1000
 * TrimPolicy.approxMaxLen(1000)                               // MAXLEN ~ 1000: at least 1000, cheaper
 * TrimPolicy.approxMinId(StreamId.at(Instant.now().minus(Duration.ofDays(7))))   // about a week of entries
 * }</pre>
 *
 * <p>Approximate trimming ({@code ~}) removes whole macro nodes only, so the stream may keep somewhat more than
 * the threshold; it is much cheaper and is what Redis recommends for every {@code XADD}.
 */
public sealed interface TrimPolicy permits TrimPolicy.None, TrimPolicy.MaxLen, TrimPolicy.MinId {

    /** No trimming. */
    static TrimPolicy none() {
        return new None();
    }

    /** Keeps exactly the newest {@code maxLen} entries ({@code MAXLEN n}). */
    static TrimPolicy maxLen(long maxLen) {
        return new MaxLen(maxLen, false);
    }

    /** Keeps at least the newest {@code maxLen} entries, trimming cheaply ({@code MAXLEN ~ n}). */
    static TrimPolicy approxMaxLen(long maxLen) {
        return new MaxLen(maxLen, true);
    }

    /** Removes every entry with an id below {@code minId} ({@code MINID id}). */
    static TrimPolicy minId(StreamId minId) {
        return new MinId(minId, false);
    }

    /** Removes entries with an id below {@code minId}, trimming cheaply ({@code MINID ~ id}). */
    static TrimPolicy approxMinId(StreamId minId) {
        return new MinId(minId, true);
    }

    /** No trimming. */
    record None() implements TrimPolicy {
    }

    /**
     * Trims to a length.
     *
     * @param maxLen      how many of the newest entries to keep, at least 0
     * @param approximate whether to trim cheaply, keeping possibly more ({@code ~})
     */
    record MaxLen(long maxLen, boolean approximate) implements TrimPolicy {
        /** Checks the length. */
        public MaxLen {
            if (maxLen < 0) {
                throw new IllegalArgumentException("maxLen " + maxLen + " is invalid: it must be >= 0");
            }
        }
    }

    /**
     * Trims by id.
     *
     * @param minId       the lowest id to keep
     * @param approximate whether to trim cheaply, keeping possibly more ({@code ~})
     */
    record MinId(StreamId minId, boolean approximate) implements TrimPolicy {
        /** Checks the id. */
        public MinId {
            if (minId == null) {
                throw new IllegalArgumentException("minId is null: give the lowest id to keep");
            }
        }
    }
}
