package io.redweave.internal.session;

import java.util.List;

/**
 * The index's answer to a new session: admitted or not, the user's live sessions after the call, the Redis time of
 * the decision and the new entry's expiry time (both in microseconds), and the entries evicted to make room.
 */
record Admission(boolean admitted, long count, long nowMicros, long expiryMicros, List<IndexEntry> evicted) {
}
