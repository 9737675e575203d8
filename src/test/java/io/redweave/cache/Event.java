package io.redweave.cache;

import java.time.Instant;

/** A cached test value: a record with a string id that looks like a number, and an instant. */
record Event(String id, String name, int capacity, Instant startsAt) {

    static Event of(String id) {
        return new Event(id, "Concert " + id, 500, Instant.parse("2025-06-01T20:00:00Z"));
    }
}
