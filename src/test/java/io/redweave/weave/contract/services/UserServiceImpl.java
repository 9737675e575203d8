package io.redweave.weave.contract.services;

import io.redweave.RedWeave;
import io.redweave.annotation.Cached;
import io.redweave.annotation.InvalidateCache;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** The annotated implementation of {@link UserService}. */
public class UserServiceImpl implements UserService {
    private final AtomicInteger loads = new AtomicInteger();

    @Override
    @Cached(key = "user:{id}", ttl = 60)
    public User user(String id) {
        return new User(id, "user " + id + " #" + loads.incrementAndGet());
    }

    @Override
    @Cached(key = "team:{team}", ttl = 60)
    public List<User> team(String team) {
        loads.incrementAndGet();
        return List.of(new User(team + "-1", "first"), new User(team + "-2", "second"));
    }

    @Override
    @Cached(key = "team-by-id:{team}", ttl = 60)
    public Map<String, User> teamById(String team) {
        loads.incrementAndGet();
        Map<String, User> byId = new LinkedHashMap<>();
        byId.put(team + "-1", new User(team + "-1", "first"));
        byId.put(team + "-2", new User(team + "-2", "second"));
        return byId;
    }

    @Override
    @Cached(key = "maybe:{id}", ttl = 60)
    public Optional<User> find(String id) {
        loads.incrementAndGet();
        return id.equals("ghost") ? Optional.empty() : Optional.of(new User(id, "found " + id));
    }

    @Override
    @Cached(key = "async:{id}", ttl = 60)
    public CompletableFuture<User> userAsync(String id) {
        int load = loads.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> new User(id, "async " + id + " #" + load));
    }

    @Override
    @Cached(key = "customer:{order.customer.id}", ttl = 60)
    public String customerName(Order order) {
        loads.incrementAndGet();
        return order.customer().name();
    }

    @Override
    @Cached(key = "stored:{id}", ttl = 60)
    public User load(String id) throws IOException {
        loads.incrementAndGet();
        if (id.startsWith("bad")) {
            throw new IOException("store unreadable for " + id);
        }
        return new User(id, "stored " + id);
    }

    @Override
    @InvalidateCache(pattern = "user:{id}")
    public void rename(String id, String name) {
        loads.incrementAndGet();
    }

    @Override
    @InvalidateCache(pattern = "user:{prefix}*")
    public void evictPrefix(String prefix) {
        loads.incrementAndGet();
    }

    @Override
    @InvalidateCache(pattern = "user:{id}")
    public boolean renameSeeingEntry(String id) {
        return entryExists(id);
    }

    @Override
    @InvalidateCache(pattern = "user:{id}", beforeInvocation = true)
    public boolean renameBeforeSeeingEntry(String id) {
        return entryExists(id);
    }

    @Override
    @InvalidateCache(pattern = "user:{id}")
    public void renameOrFail(String id) {
        throw new IllegalStateException("rename of " + id + " refused");
    }

    @Override
    public int loads() {
        return loads.get();
    }

    private static boolean entryExists(String id) {
        return RedWeave.get().client().exists("cache:user:" + id);
    }
}
