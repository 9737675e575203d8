package io.redweave.docs.migration;

import java.util.concurrent.atomic.AtomicInteger;

/** Stands for a service's database: it counts its reads. */
public final class Database {
    private final AtomicInteger reads = new AtomicInteger();

    /** The user with this id. */
    public User getUser(String id) {
        reads.incrementAndGet();
        return new User(id, "User " + id);
    }

    /** How many reads it served. */
    public int reads() {
        return reads.get();
    }
}
