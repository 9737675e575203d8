package io.redweave.ops;

/**
 * Where a read starts in a stream: after an id, at the end ({@code $}), or, for consumer groups, at the entries
 * never delivered to the group ({@code >}).
 *
 * <pre>{@code
 * StreamOffset.beginning()          // 0-0: every entry
 * StreamOffset.after(lastSeen)      // the entries after an id
 * StreamOffset.latest()             // $: only entries added after the call (XREAD, XGROUP CREATE)
 * StreamOffset.undelivered()        // >: entries no consumer of the group has received (XREADGROUP)
 * }</pre>
 *
 * <p>With {@code xreadGroup}, an id offset reads the consumer's own pending entries (its history) after that id,
 * not new ones. After a blocking read from {@link #latest()}, continue from {@code after(lastEntry.id())} so that
 * entries added between two reads are not missed.
 *
 * @param token the offset as Redis writes it: {@code $}, {@code >} or an id such as {@code 1700000000000-0}
 */
public record StreamOffset(String token) {
    private static final String LATEST = "$";
    private static final String UNDELIVERED = ">";

    /**
     * Validates the token.
     *
     * @throws IllegalArgumentException when it is neither {@code $}, {@code >} nor an id
     */
    public StreamOffset {
        if (token == null) {
            throw new IllegalArgumentException("stream offset is null: use StreamOffset.beginning(), after(id),"
                    + " latest() or undelivered()");
        }
        if (!token.equals(LATEST) && !token.equals(UNDELIVERED)) {
            token = StreamId.parse(token).toString();
        }
    }

    /** The entries after {@code id}. */
    public static StreamOffset after(StreamId id) {
        if (id == null) {
            throw new IllegalArgumentException("id is null: give the id to read after, or use beginning()");
        }
        return new StreamOffset(id.toString());
    }

    /** Every entry: the entries after {@code 0-0}. */
    public static StreamOffset beginning() {
        return after(StreamId.MIN);
    }

    /** Only the entries added after the call ({@code $}). */
    public static StreamOffset latest() {
        return new StreamOffset(LATEST);
    }

    /** For consumer groups: the entries never delivered to any consumer of the group ({@code >}). */
    public static StreamOffset undelivered() {
        return new StreamOffset(UNDELIVERED);
    }

    /** Whether this is {@link #latest()}. */
    public boolean isLatest() {
        return token.equals(LATEST);
    }

    /** Whether this is {@link #undelivered()}. */
    public boolean isUndelivered() {
        return token.equals(UNDELIVERED);
    }
}
