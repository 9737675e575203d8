package io.redweave.docs.migration;

import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;

/** The user service of the guide's first before/after example, with annotations. */
public class UserService {
    private final Database database;

    /** A service reading from {@code database}. */
    public UserService(Database database) {
        this.database = database;
    }

    // example: migration-after-annotations
    @Cached(key = "user:{userId}", ttl = 300)              // cache:user:<userId>, 300 s
    public User getUser(String userId) {
        return database.getUser(userId);
    }

    @InvalidateCache(pattern = "user:{userId}")
    public void rename(String userId, String name) {
        // ... update the database; the cached user is deleted once this returns
    }
    // end
}
