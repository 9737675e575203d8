package io.redweave.benchmarks.services;

import io.redweave.annotation.Cached;
import io.redweave.benchmarks.support.Payload;
import io.redweave.benchmarks.support.User;
import java.util.concurrent.atomic.AtomicLong;

/** The implementation behind {@link UserLookup}, proxied with {@code redweave.proxy}. */
public class UserLookupImpl implements UserLookup {
    private final AtomicLong loads = new AtomicLong();

    @Override
    @Cached(key = "user:{id}", ttl = 3600)
    public User find(String id) {
        loads.incrementAndGet();
        return Payload.USER;
    }

    @Override
    public long loads() {
        return loads.get();
    }
}
