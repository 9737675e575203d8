package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedWeave;
import io.redweave.codec.TypeRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single entries: typed values, key layout, TTL rules, counters and malformed payloads. */
abstract class CacheValuesContract extends CacheContract {

    CacheValuesContract(CacheDeployment deployment) {
        super(deployment);
    }

    @Test
    void set_thenGet_returnsTheTypedValue() {
        cache.set("event:42", Event.of("42"), MINUTE);
        cache.set("events:today", List.of(Event.of("1"), Event.of("2")), MINUTE);

        assertThat(cache.get("event:42", Event.class)).contains(Event.of("42"));
        assertThat(cache.get("events:today", new TypeRef<List<Event>>() { }))
                .contains(List.of(Event.of("1"), Event.of("2")));
        assertThat(cache.get("event:missing", Event.class)).isEmpty();
        assertThat(cache.stats().hits()).isEqualTo(2);
        assertThat(cache.stats().misses()).isEqualTo(1);
    }

    @Test
    void keyLayout_logicalKeyLivesAtCachePrefix_likeTheSeedsCacheKeys() {
        cache.set("event:42", Event.of("42"), MINUTE);

        assertThat(redis.exists("cache:event:42")).isTrue();
        assertThat(redweave.keys().cacheEvent("42")).isEqualTo("cache:event:42");
        try (RedWeave ticketing = deployment.open("ticketing")) {
            cacheOf(ticketing).set("event:42", Event.of("43"), MINUTE);

            assertThat(redis.exists("ticketing:cache:event:42")).isTrue();
            assertThat(cacheOf(ticketing).get("event:42", Event.class)).contains(Event.of("43"));
            assertThat(cache.get("event:42", Event.class)).contains(Event.of("42"));
        }
    }

    @Test
    void seedDefect17_stringsThatLookLikeOtherTypes_stayStrings() {
        for (String text : List.of("123", "true", "null", "12345678901234567890", "\"x\"", "[1,2]", "")) {
            cache.set("text", text, MINUTE);

            assertThat(cache.get("text", String.class)).contains(text);
            assertThat(cache.get("text", Object.class)).contains(text);
        }
        cache.set("event", Event.of("007"), MINUTE);
        assertThat(cache.get("event", Event.class).orElseThrow().id()).isEqualTo("007");
    }

    @Test
    void seedDefect23_zeroNegativeAndSubMillisecondTtls_areRejectedClearly() {
        assertThatThrownBy(() -> cache.set("k", "v", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl PT0S is invalid")
                .hasMessageContaining("must be positive").hasMessageContaining("NO_EXPIRY");
        assertThatThrownBy(() -> cache.set("k", "v", Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl PT-5S is invalid");
        assertThatThrownBy(() -> cache.set("k", "v", Duration.ofNanos(1_500_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of milliseconds");
        assertThatThrownBy(() -> cache.set("k", "v", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl is null");
        assertThatThrownBy(() -> cache.expire("k", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FetchOptions.of(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.getOrFetch("k", String.class, () -> "v", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(redis.exists("cache:k")).isFalse();
    }

    @Test
    void seedDefect23_fractionalSecondTtl_isStoredInMilliseconds() {
        cache.set("k", "v", Duration.ofMillis(1500));

        assertThat(redis.pttl("cache:k")).isBetween(1_000L, 1_500L);
        assertThat(cache.ttl("k")).hasValueSatisfying(ttl -> assertThat(ttl).isBetween(
                Duration.ofSeconds(1), Duration.ofMillis(1500)));
    }

    @Test
    void set_withoutExpiry_onlyWhenAskedExplicitly() {
        cache.set("config", "v", CacheManager.NO_EXPIRY);

        assertThat(redis.pttl("cache:config")).isEqualTo(-1);
        assertThat(cache.ttl("config")).contains(CacheManager.NO_EXPIRY);
    }

    @Test
    void deleteExistsTtlExpire_actOnTheLogicalKey() {
        cache.set("k", "v", MINUTE);

        assertThat(cache.exists("k")).isTrue();
        assertThat(cache.expire("k", Duration.ofSeconds(5))).isTrue();
        assertThat(redis.pttl("cache:k")).isBetween(1L, 5_000L);
        assertThat(cache.delete("k")).isTrue();
        assertThat(cache.delete("k")).isFalse();
        assertThat(cache.exists("k")).isFalse();
        assertThat(cache.ttl("k")).isEmpty();
        assertThat(cache.expire("k", MINUTE)).isFalse();
    }

    @Test
    void lookup_tellsACachedNullFromAMiss() {
        cache.set("nothing", null, MINUTE);

        assertThat(cache.get("nothing", Event.class)).isEmpty();
        assertThat(cache.lookup("nothing", Event.class)).hasValueSatisfying(entry -> assertThat(entry.isNull()).isTrue());
        assertThat(cache.lookup("missing", Event.class)).isEmpty();
    }

    @Test
    void increment_withTtl_getsItsExpiryWhenCreated_inTheSameScript() {
        assertThat(cache.increment("visits", 5, Duration.ofSeconds(30))).isEqualTo(5);
        assertThat(redis.pttl("cache:visits")).isBetween(1L, 30_000L);
        cache.expire("visits", Duration.ofSeconds(10));

        assertThat(cache.increment("visits", 1, Duration.ofSeconds(30))).isEqualTo(6);
        assertThat(redis.pttl("cache:visits")).isBetween(1L, 10_000L);
        assertThat(cache.decrement("visits", 2, Duration.ofSeconds(30))).isEqualTo(4);
        assertThat(cache.decrement("visits")).isEqualTo(3);
        assertThat(cache.get("visits", Long.class)).contains(3L);
    }

    @Test
    void increment_withoutTtl_createsACounterWithoutExpiry_onlyWhenAskedSo() {
        assertThat(cache.increment("plain")).isEqualTo(1);
        assertThat(cache.increment("plain", 10)).isEqualTo(11);
        assertThat(redis.pttl("cache:plain")).isEqualTo(-1);
        assertThatThrownBy(() -> cache.decrement("plain", Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedPayload_isAMiss_deletedCountedAndNeverThrown() {
        redis.set("cache:broken", "{not json");
        redis.set("cache:wrong-shape", "\"a string, not an event\"");

        assertThat(cache.get("broken", Event.class)).isEmpty();
        assertThat(cache.lookup("wrong-shape", Event.class)).isEmpty();

        assertThat(redis.exists("cache:broken")).isFalse();
        assertThat(redis.exists("cache:wrong-shape")).isFalse();
        assertThat(cache.stats().malformed()).isEqualTo(2);
        assertThat(cache.stats().misses()).isEqualTo(2);
    }

    @Test
    void emptyOrNullKey_isRejectedClearly() {
        assertThatThrownBy(() -> cache.set("", "v", MINUTE)).hasMessageContaining("key is empty");
        assertThatThrownBy(() -> cache.get(null, String.class)).hasMessageContaining("key is null");
    }
}
