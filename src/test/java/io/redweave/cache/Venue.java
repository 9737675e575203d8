package io.redweave.cache;

import java.util.List;

/** A test value stored as a Redis hash. */
record Venue(String id, String name, int capacity, List<String> tags) {
}
