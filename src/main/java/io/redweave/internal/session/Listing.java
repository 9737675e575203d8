package io.redweave.internal.session;

import java.util.List;

/** The live entries of a user's index, earliest expiry first, and the Redis time they were read at (µs). */
record Listing(long nowMicros, List<IndexEntry> entries) {
}
