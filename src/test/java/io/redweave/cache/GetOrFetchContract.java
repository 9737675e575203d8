package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.redweave.RedisConnectionException;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.SetParams;

/** getOrFetch in one instance: loading once, exceptions, null caching, jitter, malformed payloads, leases. */
abstract class GetOrFetchContract extends CacheContract {

    GetOrFetchContract(CacheDeployment deployment) {
        super(deployment);
    }

    @Test
    void getOrFetch_miss_callsTheLoaderOnce_storesWithTtl_thenHits() {
        AtomicInteger calls = new AtomicInteger();
        Callable<Event> loader = () -> Event.of("" + calls.incrementAndGet());

        assertThat(cache.getOrFetch("event:1", Event.class, loader, MINUTE)).isEqualTo(Event.of("1"));
        assertThat(cache.getOrFetch("event:1", Event.class, loader, MINUTE)).isEqualTo(Event.of("1"));

        assertThat(calls).hasValue(1);
        assertThat(redis.pttl("cache:event:1")).isBetween(1L, MINUTE.toMillis());
        assertThat(redis.exists("cache-lease:event:1")).as("lease released").isFalse();
        assertThat(cache.stats()).isEqualTo(new CacheStats(1, 1, 1, 0, 0, 0));
    }

    @Test
    void seedDefect9_concurrentMissesInOneProcess_shareOneLoaderCall() throws Exception {
        int callers = 50;
        AtomicInteger calls = new AtomicInteger();
        Callable<String> loader = () -> {
            calls.incrementAndGet();
            awaitMisses(callers);
            return "loaded";
        };

        List<String> values = Concurrently.run(callers, () -> cache.getOrFetch("k", String.class, loader, MINUTE));

        assertThat(values).hasSize(callers).containsOnly("loaded");
        assertThat(calls).hasValue(1);
        assertThat(cache.stats().misses()).isEqualTo(callers);
    }

    @Test
    void getOrFetch_loaderException_reachesEveryWaiter_isNotCached_andTheNextCallRetries() throws Exception {
        int callers = 20;
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("database down");
        Callable<String> failing = () -> {
            calls.incrementAndGet();
            awaitMisses(callers);
            throw failure;
        };

        List<Throwable> errors = Concurrently.failures(callers,
                () -> cache.getOrFetch("k", String.class, failing, MINUTE));

        assertThat(errors).hasSize(callers).allMatch(error -> error == failure);
        assertThat(calls).hasValue(1);
        assertThat(redis.exists("cache:k")).isFalse();
        assertThat(redis.exists("cache-lease:k")).isFalse();
        assertThat(cache.getOrFetch("k", String.class, () -> "recovered", MINUTE)).isEqualTo("recovered");
        assertThat(cache.stats().loadFailures()).isEqualTo(1);
    }

    @Test
    void getOrFetch_checkedLoaderException_isACacheLoaderException_withTheCause() {
        IOException failure = new IOException("disk");

        assertThatThrownBy(() -> cache.getOrFetch("k", String.class, () -> {
            throw failure;
        }, MINUTE)).isInstanceOfSatisfying(CacheLoaderException.class, e -> assertThat(e.key()).isEqualTo("k"))
                .hasCause(failure);
    }

    @Test
    void getOrFetch_loaderThrowingARedWeaveException_isNeverCalledTwice() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> cache.getOrFetch("k", String.class, () -> {
            calls.incrementAndGet();
            throw new RedisConnectionException("another Redis is down");
        }, MINUTE)).isInstanceOf(RedisConnectionException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void seedDefect9_nullFromTheLoader_isNotCachedByDefault() {
        AtomicInteger calls = new AtomicInteger();
        Callable<Event> absent = () -> {
            calls.incrementAndGet();
            return null;
        };

        assertThat(cache.getOrFetch("event:none", Event.class, absent, MINUTE)).isNull();
        assertThat(cache.getOrFetch("event:none", Event.class, absent, MINUTE)).isNull();

        assertThat(calls).hasValue(2);
        assertThat(redis.exists("cache:event:none")).isFalse();
    }

    @Test
    void seedDefect9_nullCaching_storesACachedNull_withItsOwnTtl() {
        AtomicInteger calls = new AtomicInteger();
        Callable<Event> absent = () -> {
            calls.incrementAndGet();
            return null;
        };
        FetchOptions options = FetchOptions.of(Duration.ofHours(1)).cacheNulls(Duration.ofSeconds(5));

        assertThat(cache.getOrFetch("event:none", Event.class, absent, options)).isNull();
        assertThat(cache.getOrFetch("event:none", Event.class, absent, options)).isNull();

        assertThat(calls).hasValue(1);
        assertThat(redis.pttl("cache:event:none")).isBetween(1L, 5_000L);
        assertThat(cache.lookup("event:none", Event.class)).hasValueSatisfying(e -> assertThat(e.isNull()).isTrue());
        assertThat(cache.getOrFetch("event:real", Event.class, () -> Event.of("1"), options)).isNotNull();
        assertThat(redis.pttl("cache:event:real")).isGreaterThan(5_000L);
    }

    @Test
    void getOrFetch_ttlJitter_drawsEachTtlWithinItsBounds() {
        FetchOptions options = FetchOptions.of(Duration.ofSeconds(100)).jitter(0.5);
        Set<Long> ttls = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            cache.getOrFetch("jitter:" + i, String.class, () -> "v", options);
            ttls.add(redis.pttl("cache:jitter:" + i));
        }

        assertThat(ttls).allSatisfy(ttl -> assertThat(ttl).isBetween(49_000L, 100_000L));
        assertThat(ttls).as("spread").hasSizeGreaterThan(10);
    }

    @Test
    void getOrFetch_malformedPayload_isAMiss_deleted_andTheLoaderReplacesIt() {
        redis.set("cache:event:7", "{\"id\": ");

        assertThat(cache.getOrFetch("event:7", Event.class, () -> Event.of("7"), MINUTE)).isEqualTo(Event.of("7"));

        assertThat(cache.get("event:7", Event.class)).contains(Event.of("7"));
        assertThat(cache.stats().malformed()).isEqualTo(1);
        assertThat(cache.stats().loads()).isEqualTo(1);
    }

    @Test
    void getOrFetch_leaseHeldByAnotherInstance_waitsForItsValue_insteadOfLoading() throws Exception {
        redis.set("cache-lease:event:9", "other-instance", SetParams.setParams().px(10_000));
        AtomicInteger calls = new AtomicInteger();
        FetchOptions options = FetchOptions.of(MINUTE).maxWait(Duration.ofSeconds(10));

        var waiter = Concurrently.start(() -> cache.getOrFetch("event:9", Event.class,
                () -> Event.of("mine-" + calls.incrementAndGet()), options));
        await().atMost(Duration.ofSeconds(5)).until(() -> cache.stats().misses() == 1);
        cache.set("event:9", Event.of("theirs"), MINUTE);

        assertThat(waiter.get()).isEqualTo(Event.of("theirs"));
        assertThat(calls).hasValue(0);
    }

    @Test
    void getOrFetch_leaseHolderThatNeverDelivers_isWaitedForAtMostMaxWait() {
        redis.set("cache-lease:event:10", "crashed-instance", SetParams.setParams().px(60_000));
        FetchOptions options = FetchOptions.of(MINUTE).maxWait(Duration.ofMillis(300));

        long start = System.nanoTime();
        Event event = cache.getOrFetch("event:10", Event.class, () -> Event.of("10"), options);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(event).isEqualTo(Event.of("10"));
        assertThat(waited).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
        assertThat(cache.get("event:10", Event.class)).contains(Event.of("10"));
    }

    @Test
    void getOrFetch_expiredLease_isTakenOver_beforeMaxWait() {
        redis.set("cache-lease:event:11", "crashed-instance", SetParams.setParams().px(200));
        FetchOptions options = FetchOptions.of(MINUTE).maxWait(Duration.ofSeconds(30));

        long start = System.nanoTime();
        assertThat(cache.getOrFetch("event:11", Event.class, () -> Event.of("11"), options)).isEqualTo(Event.of("11"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(redis.exists("cache-lease:event:11")).isFalse();
    }

    @Test
    void getOrFetch_redisRefusingTheRead_isAnsweredByTheLoader() {
        redis.hset("cache:event:12", "name", "\"a hash where a string was expected\"");

        assertThat(cache.getOrFetch("event:12", Event.class, () -> Event.of("12"), MINUTE)).isEqualTo(Event.of("12"));
        assertThat(cache.stats().redisFailures()).isEqualTo(1);
    }

    /** Blocks a loader until {@code callers} reads have missed, so that every caller is a concurrent miss. */
    void awaitMisses(int callers) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(2))
                .until(() -> cache.stats().misses() >= callers);
    }
}
