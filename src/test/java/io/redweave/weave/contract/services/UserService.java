package io.redweave.weave.contract.services;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Caching and invalidation scenarios, as an interface (implemented by {@link UserServiceImpl}, where the
 * annotations are), so a proxy can implement it.
 */
public interface UserService {

    /** A user by id, cached under {@code user:{id}}. */
    User user(String id);

    /** The members of a team, cached under {@code team:{team}} as a {@code List<User>}. */
    List<User> team(String team);

    /** The members of a team by id, cached under {@code team-by-id:{team}} as a {@code Map<String, User>}. */
    Map<String, User> teamById(String team);

    /** A user that may not exist ({@code "ghost"}), cached under {@code maybe:{id}} without caching absence. */
    Optional<User> find(String id);

    /** A user loaded asynchronously, cached under {@code async:{id}} once the future completes. */
    CompletableFuture<User> userAsync(String id);

    /** The name of an order's customer, cached under {@code customer:{order.customer.id}}. */
    String customerName(Order order);

    /** A user read from a store that fails with a checked exception for ids starting with {@code "bad"}. */
    User load(String id) throws IOException;

    /** Renames a user and then invalidates exactly {@code user:{id}}. */
    void rename(String id, String name);

    /** Invalidates every {@code user:} entry whose id starts with {@code prefix} ({@code user:{prefix}*}). */
    void evictPrefix(String prefix);

    /** Invalidates {@code user:{id}} after it returns; reports whether the entry was still there while it ran. */
    boolean renameSeeingEntry(String id);

    /** Invalidates {@code user:{id}} before it runs; reports whether the entry was still there while it ran. */
    boolean renameBeforeSeeingEntry(String id);

    /** Throws an {@link IllegalStateException}, so its invalidation of {@code user:{id}} (after return) never runs. */
    void renameOrFail(String id);

    /** How many times a method body ran (not annotated: never intercepted). */
    int loads();
}
