package io.redweave.ops;

import java.util.List;

/**
 * What {@code XAUTOCLAIM} did: the entries it moved to the claiming consumer, where the next call should start,
 * and the pending ids whose entries no longer exist in the stream.
 *
 * @param next    where to continue scanning the pending list; {@link StreamId#MIN} when the scan is complete
 * @param claimed the entries now owned by the claiming consumer, values decoded
 * @param deleted ids that were pending but whose entries were deleted from the stream; Redis 7+ removes them from
 *                the pending list and reports them here, while Redis 6.2 claims them without saying which they
 *                are (they stay pending; acknowledge the ids {@code xpending} lists)
 * @param <T>     the type of the values
 */
public record ClaimResult<T>(StreamId next, List<StreamEntry<T>> claimed, List<StreamId> deleted) {

    /** Keeps unmodifiable copies. */
    public ClaimResult {
        if (next == null || claimed == null || deleted == null) {
            throw new IllegalArgumentException("a claim result needs a next id, the claimed entries and the deleted"
                    + " ids");
        }
        claimed = List.copyOf(claimed);
        deleted = List.copyOf(deleted);
    }

    /** Whether the whole pending list has been scanned: the next call would start over. */
    public boolean complete() {
        return next.equals(StreamId.MIN);
    }
}
