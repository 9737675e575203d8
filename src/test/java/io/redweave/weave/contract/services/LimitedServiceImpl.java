package io.redweave.weave.contract.services;

import io.redweave.annotation.Cached;
import io.redweave.annotation.RateLimited;
import java.util.concurrent.atomic.AtomicInteger;

/** The annotated implementation of {@link LimitedService}. */
public class LimitedServiceImpl implements LimitedService {
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    @RateLimited(key = "api:{caller}", limit = 2, window = 60)
    public String call(String caller) {
        loads.incrementAndGet();
        return "hello " + caller;
    }

    @Override
    @RateLimited(key = "limited-user:{id}", limit = 2, window = 60)
    @Cached(key = "limited-user:{id}", ttl = 60)
    public User limitedUser(String id) {
        return new User(id, "limited " + id + " #" + loads.incrementAndGet());
    }

    @Override
    public int loads() {
        return loads.get();
    }
}
