package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.redweave.RedWeave;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stampede target (PRODUCT.md section 8): 1,000 concurrent getOrFetch calls on a cold key, spread over 4
 * independent RedWeave instances (standing in for 4 service instances), call the loader exactly once.
 *
 * <p>How the test makes every call a concurrent miss: the 1,000 calls run on 1,000 threads behind one start
 * gate, and the loader (at least 200 ms long, like a slow query) does not return, so the value does not land,
 * until the 4 caches together have counted 1,000 misses. In-process waiters block on their flight, and the three other instances poll for the lease
 * holder's value, so every call is still in progress, having missed, when the value lands; the test asserts
 * that the caches counted exactly 1,000 misses and no hit.
 */
abstract class StampedeContract extends CacheContract {
    static final int CALLERS = 1_000;
    static final int INSTANCES = 4;
    /** The loader takes at least this long, like a slow database query. */
    static final long LOADER_NANOS = Duration.ofMillis(200).toNanos();

    private final List<RedWeave> instances = new ArrayList<>();

    StampedeContract(CacheDeployment deployment) {
        super(deployment);
    }

    @AfterEach
    void closeInstances() {
        instances.forEach(RedWeave::close);
    }

    @Test
    void seedDefect9_stampede_thousandCallersOnFourInstances_callTheLoaderOnce() throws Exception {
        List<CacheManager> caches = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            RedWeave instance = deployment.open();
            instances.add(instance);
            caches.add(cacheOf(instance));
        }
        AtomicInteger loaderCalls = new AtomicInteger();
        AtomicLong missesWhenLoaded = new AtomicLong();
        AtomicLong loaderMillis = new AtomicLong();
        Callable<Event> loader = () -> {
            loaderCalls.incrementAndGet();
            long start = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                    .until(() -> total(caches).misses() >= CALLERS && System.nanoTime() - start >= LOADER_NANOS);
            missesWhenLoaded.set(total(caches).misses());
            loaderMillis.set((System.nanoTime() - start) / 1_000_000);
            return Event.of("stampede");
        };
        FetchOptions options = FetchOptions.of(MINUTE).leaseTime(Duration.ofSeconds(60))
                .maxWait(Duration.ofSeconds(60));
        AtomicInteger next = new AtomicInteger();

        long start = System.nanoTime();
        List<Event> values = Concurrently.run(CALLERS, () -> caches.get(next.getAndIncrement() % INSTANCES)
                .getOrFetch("event:hot", Event.class, loader, options));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        CacheStats stats = total(caches);
        System.out.printf("stampede (%s): %d callers on %d instances -> %d loader call(s); misses %d (all in before"
                        + " the value landed: %d), hits %d; loader ran %d ms; all calls done in %d ms%n",
                deployment.clustered() ? "cluster" : "standalone", CALLERS, INSTANCES, loaderCalls.get(),
                stats.misses(), missesWhenLoaded.get(), stats.hits(), loaderMillis.get(), elapsedMillis);
        assertThat(loaderCalls).hasValue(1);
        assertThat(values).hasSize(CALLERS).containsOnly(Event.of("stampede"));
        assertThat(missesWhenLoaded.get()).isEqualTo(CALLERS);
        assertThat(stats.misses()).isEqualTo(CALLERS);
        assertThat(stats.hits()).isZero();
        assertThat(stats.loads()).isEqualTo(1);
        assertThat(stats.redisFailures()).isZero();
        assertThat(cache.get("event:hot", Event.class)).contains(Event.of("stampede"));
    }

    private static CacheStats total(List<CacheManager> caches) {
        long hits = 0;
        long misses = 0;
        long loads = 0;
        long failures = 0;
        long malformed = 0;
        long redis = 0;
        for (CacheManager cache : caches) {
            CacheStats stats = cache.stats();
            hits += stats.hits();
            misses += stats.misses();
            loads += stats.loads();
            failures += stats.loadFailures();
            malformed += stats.malformed();
            redis += stats.redisFailures();
        }
        return new CacheStats(hits, misses, loads, failures, malformed, redis);
    }
}
