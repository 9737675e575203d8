package io.redweave.benchmarks.spring;

import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cache.annotation.Cacheable;

/** The Spring Cache counterpart of the RedWeave services: {@code @Cacheable("users")} with the default key. */
public class SpringUserService {
    private final AtomicLong loads = new AtomicLong();

    /** Loads a user; cached in cache {@code users} under the id. */
    @Cacheable("users")
    public User find(String id) {
        loads.incrementAndGet();
        return Payload.USER;
    }

    /** How often the body ran. */
    public long loads() {
        return loads.get();
    }
}
