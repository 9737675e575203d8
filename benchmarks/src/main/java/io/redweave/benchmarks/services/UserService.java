package io.redweave.benchmarks.services;

import io.redweave.annotation.Cached;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import java.util.concurrent.atomic.AtomicLong;

/** The cached service of the Byte Buddy benchmarks ({@code redweave.enhance}): one {@code @Cached} lookup. */
public class UserService {
    private final AtomicLong loads = new AtomicLong();

    /** Loads a user; cached for an hour under {@code user:{id}}. */
    @Cached(key = "user:{id}", ttl = 3600)
    public User find(String id) {
        loads.incrementAndGet();
        return Payload.USER;
    }

    /** How often the body ran (1 when every measured call was a hit). */
    public long loads() {
        return loads.get();
    }
}
