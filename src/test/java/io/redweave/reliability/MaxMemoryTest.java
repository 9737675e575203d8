package io.redweave.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.redweave.RedWeave;
import io.redweave.RedisConfig;
import io.redweave.RedisOperationException;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Redis out of memory. With {@code noeviction}, writes fail with a typed {@link RedisOperationException} naming
 * the operation and the key, reads are still served, and FAIL_OPEN annotations still return the method's value.
 * With {@code allkeys-lru}, evicted cache entries are plain misses and nothing breaks.
 */
@RedisTest
class MaxMemoryTest {
    private static final String VALUE = "x".repeat(50_000);

    private final RedisServer server;
    private RedWeave redweave;
    private Jedis admin;

    MaxMemoryTest(RedisServer server) {
        this.server = server;
    }

    @BeforeEach
    void connect() {
        server.flushAll();
        admin = new Jedis(new HostAndPort(server.host(), server.port()));
        redweave = RedWeave.builder().config(RedisConfig.builder().url(server.uri()).build()).build();
    }

    @AfterEach
    void restore() {
        admin.configSet("maxmemory", "0");
        admin.configSet("maxmemory-policy", "noeviction");
        admin.flushAll();
        admin.close();
        redweave.close();
    }

    private long usedMemory() {
        return Long.parseLong(admin.info("memory").lines().filter(l -> l.startsWith("used_memory:"))
                .findFirst().orElseThrow().substring("used_memory:".length()).trim());
    }

    private void limitMemory(String policy, long bytes) {
        admin.configSet("maxmemory-policy", policy);
        admin.configSet("maxmemory", Long.toString(bytes));
    }

    @Test
    void noEviction_writesFailTyped_readsServed_andFailOpenAnnotationsStillReturnValues() {
        redweave.cache().set("kept", "v", Duration.ofMinutes(10));
        Shop.Impl impl = new Shop.Impl();
        Shop shop = Weaving.weave(redweave, Shop.class, impl);
        for (int i = 0; i < 20; i++) {
            redweave.cache().set("fill:" + i, VALUE, Duration.ofMinutes(10));
        }
        limitMemory("noeviction", usedMemory() / 2);

        Throwable oom = catchThrowable(() -> redweave.cache().set("more", VALUE, Duration.ofMinutes(10)));
        assertThat(oom).isInstanceOf(RedisOperationException.class).hasMessageContaining("OOM");
        assertThat(((RedisOperationException) oom).operation()).isEqualTo("cache.set");
        assertThat(((RedisOperationException) oom).key()).isEqualTo("cache:more");

        assertThat(redweave.cache().get("kept", String.class)).contains("v");
        assertThat(shop.item("new")).isEqualTo("item new #1");
        assertThat(shop.item("new")).isEqualTo("item new #2");
        assertThat(shop.browse("caller")).startsWith("browse caller");
        Throwable limited = catchThrowable(() -> redweave.rateLimiter().fixedWindow("x", 5, Duration.ofMinutes(1)));
        assertThat(limited).isInstanceOf(RedisOperationException.class).hasMessageContaining("OOM");
        Measure.report("maxmemory", "noeviction, over the limit: cache.set threw " + oom.getClass().getSimpleName()
                + " (" + oom.getMessage() + "); a direct rate-limit check threw " + limited.getClass().getSimpleName()
                + "; reads served; FAIL_OPEN @Cached ran the method each time, FAIL_OPEN @RateLimited let calls through");
    }

    @Test
    void allKeysLru_evictedEntriesAreMisses_andNothingBreaks() {
        Shop shop = Weaving.weave(redweave, Shop.class, new Shop.Impl());
        assertThat(shop.item("first")).isEqualTo("item first #1");
        limitMemory("allkeys-lru", usedMemory() + 2_000_000);

        for (int i = 0; i < 200; i++) {
            redweave.cache().set("fill:" + i, VALUE, Duration.ofMinutes(10));
        }
        int present = 0;
        for (int i = 0; i < 200; i++) {
            Optional<String> value = redweave.cache().get("fill:" + i, String.class);
            if (value.isPresent()) {
                assertThat(value.get()).isEqualTo(VALUE);
                present++;
            }
        }
        assertThat(present).isBetween(1, 199);
        assertThat(shop.item("first")).startsWith("item first #");
        assertThat(shop.item("again")).isEqualTo(shop.item("again"));
        Measure.report("maxmemory", "allkeys-lru: 200 entries of 50 kB written without error, " + present
                + " still present, the evicted ones read as misses; @Cached reloaded evicted entries");
    }
}
