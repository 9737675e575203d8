package io.redweave.internal.cache;

import io.redweave.RedisMode;
import io.redweave.cache.CacheEntry;
import io.redweave.cache.CacheManager;
import io.redweave.cache.CacheStats;
import io.redweave.cache.FetchOptions;
import io.redweave.internal.RedisContext;
import io.redweave.internal.RedisErrors;
import io.redweave.scan.Scanner;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import redis.clients.jedis.UnifiedJedis;

/**
 * The {@link CacheManager} over Jedis, for a standalone server, Sentinel or a Cluster: the key space, argument
 * checks and statistics live here; reading, writing, bulk commands, hashes and {@code getOrFetch} are delegated.
 */
public final class JedisCacheManager implements CacheManager {

    private final UnifiedJedis client;
    private final Scanner scanner;
    private final CacheKeys keys;
    private final CacheCounters counters = new CacheCounters();
    private final EntryReader reader;
    private final EntryWriter writer;
    private final BulkCommands bulk;
    private final HashEntries hashes;
    private final Fetcher fetcher;

    /** Creates the cache of one RedWeave instance. */
    public JedisCacheManager(RedisContext context) {
        this.client = context.client();
        this.scanner = context.scanner();
        this.keys = new CacheKeys(context.keys());
        this.reader = new EntryReader(client, context.codec(), context.scripts(), counters);
        this.writer = new EntryWriter(client, context.codec(), context.scripts());
        this.bulk = new BulkCommands(client, context.scripts(), context.config().mode() == RedisMode.CLUSTER);
        this.hashes = new HashEntries(client, context.codec(), context.scripts(), counters);
        this.fetcher = new Fetcher(keys, reader, writer, new Leases(client, context.scripts()), counters);
    }

    @Override
    public <T> Optional<T> get(String key, Type type) {
        return this.<T>lookup(key, type).map(CacheEntry::value);
    }

    @Override
    public <T> Optional<CacheEntry<T>> lookup(String key, Type type) {
        CacheEntry<T> entry = reader.read(keys.entry(key), requireType(type));
        (entry == null ? counters.misses : counters.hits).increment();
        return Optional.ofNullable(entry);
    }

    @Override
    public void set(String key, Object value, Duration ttl) {
        String redisKey = keys.entry(key);
        writer.set(redisKey, value, Ttls.require("ttl", ttl, true));
    }

    @Override
    public boolean delete(String key) {
        String redisKey = keys.entry(key);
        return RedisErrors.call("cache.delete", redisKey, () -> client.unlink(redisKey)) > 0;
    }

    @Override
    public <T> T getOrFetch(String key, Type type, Callable<? extends T> loader, FetchOptions options) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(options, "options");
        return fetcher.getOrFetch(key, requireType(type), loader, options);
    }

    @Override
    public <T> List<Optional<T>> mget(List<String> logicalKeys, Type type) {
        Objects.requireNonNull(logicalKeys, "keys");
        requireType(type);
        if (logicalKeys.isEmpty()) {
            return List.of();
        }
        List<String> redisKeys = new ArrayList<>(logicalKeys.size());
        List<byte[]> raws = new ArrayList<>(logicalKeys.size());
        for (String key : logicalKeys) {
            String redisKey = keys.entry(key);
            redisKeys.add(redisKey);
            raws.add(CacheKeys.raw(redisKey));
        }
        List<byte[]> payloads = bulk.mget(raws);
        List<Optional<T>> values = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            byte[] payload = payloads.get(i);
            CacheEntry<T> entry = payload == null ? null : reader.decode(redisKeys.get(i), raws.get(i), payload, type);
            (entry == null ? counters.misses : counters.hits).increment();
            values.add(entry == null ? Optional.empty() : Optional.ofNullable(entry.value()));
        }
        return values;
    }

    @Override
    public void mset(Map<String, ?> entries, Duration ttl) {
        Objects.requireNonNull(entries, "entries");
        long millis = Ttls.millis(Ttls.require("ttl", ttl, true));
        if (entries.isEmpty()) {
            return;
        }
        List<byte[]> raws = new ArrayList<>(entries.size());
        List<byte[]> payloads = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> {
            raws.add(CacheKeys.raw(keys.entry(key)));
            payloads.add(writer.encode(value));
        });
        bulk.mset(raws, payloads, millis);
    }

    @Override
    public boolean exists(String key) {
        String redisKey = keys.entry(key);
        return RedisErrors.call("cache.exists", redisKey, () -> client.exists(redisKey));
    }

    @Override
    public Optional<Duration> ttl(String key) {
        String redisKey = keys.entry(key);
        long millis = RedisErrors.call("cache.ttl", redisKey, () -> client.pttl(redisKey));
        if (millis == -2) {
            return Optional.empty();
        }
        return Optional.of(millis == -1 ? NO_EXPIRY : Duration.ofMillis(millis));
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        String redisKey = keys.entry(key);
        long millis = Ttls.require("ttl", ttl, false).toMillis();
        return RedisErrors.call("cache.expire", redisKey, () -> client.pexpire(redisKey, millis)) == 1;
    }

    @Override
    public long invalidate(String pattern) {
        return scanner.scanAndDelete(keys.pattern(pattern));
    }

    @Override
    public List<String> keys(String pattern, int limit) {
        List<String> found = scanner.scanKeys(keys.pattern(pattern), limit);
        List<String> logical = new ArrayList<>(found.size());
        for (String redisKey : found) {
            logical.add(keys.logical(redisKey));
        }
        return logical;
    }

    @Override
    public long increment(String key, long amount) {
        return writer.increment(keys.entry(key), amount, null);
    }

    @Override
    public long increment(String key, long amount, Duration ttl) {
        String redisKey = keys.entry(key);
        Ttls.require("ttl", ttl, true);
        return writer.increment(redisKey, amount, ttl.equals(NO_EXPIRY) ? null : ttl);
    }

    @Override
    public long decrement(String key, long amount) {
        return increment(key, negate(amount));
    }

    @Override
    public long decrement(String key, long amount, Duration ttl) {
        return increment(key, negate(amount), ttl);
    }

    @Override
    public void setHash(String key, Object value, Duration ttl) {
        String redisKey = keys.entry(key);
        hashes.set(redisKey, value, Ttls.require("ttl", ttl, true));
    }

    @Override
    public <T> Optional<T> getHash(String key, Type type) {
        return hashes.get(keys.entry(key), requireType(type));
    }

    @Override
    public long clear() {
        return scanner.scanAndDelete(keys.everything());
    }

    @Override
    public CacheStats stats() {
        return counters.snapshot();
    }

    @Override
    public String toString() {
        return "JedisCacheManager[" + keys.entry("*") + "]";
    }

    private static Type requireType(Type type) {
        return Objects.requireNonNull(type, "type: pass the class or TypeRef of the cached values");
    }

    private static long negate(long amount) {
        if (amount == Long.MIN_VALUE) {
            throw new IllegalArgumentException("amount " + amount + " is invalid: it cannot be negated; "
                    + "increment by " + Long.MAX_VALUE + " and 1 instead");
        }
        return -amount;
    }
}
