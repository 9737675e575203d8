package io.redweave.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedWeave;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Many entries at once: mget/mset, hashes, invalidation, key listing and clear(). */
abstract class CacheBulkContract extends CacheContract {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    CacheBulkContract(CacheDeployment deployment) {
        super(deployment);
    }

    @Test
    void seedDefect10_msetAndMget_acrossManySlots_neverRaiseCrossSlot() {
        Map<String, Event> events = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            events.put("event:" + i, Event.of(Integer.toString(i)));
        }
        Set<Integer> slots = events.keySet().stream().map(key -> JedisClusterCRC16.getSlot("cache:" + key))
                .collect(Collectors.toSet());
        assertThat(slots).hasSizeGreaterThan(100);

        cache.mset(events, MINUTE);
        List<String> keys = new ArrayList<>(events.keySet());
        keys.add(1, "event:missing");
        List<Optional<Event>> found = cache.mget(keys, Event.class);

        assertThat(found).hasSize(301);
        assertThat(found.get(0)).contains(Event.of("0"));
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).contains(Event.of("1"));
        assertThat(found.get(300)).contains(Event.of("299"));

        events.replaceAll((key, event) -> Event.of(event.id() + "-v2"));
        cache.mset(events, MINUTE);
        assertThat(cache.mget(keys, Event.class).get(300)).contains(Event.of("299-v2"));
    }

    @Test
    void seedDefect8_mset_writesEveryKeyWithItsTtl() {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            entries.put("item:" + i, i % 2 == 0 ? Event.of("e" + i) : "text " + i);
        }

        cache.mset(entries, MINUTE);

        for (String key : entries.keySet()) {
            assertThat(redis.pttl("cache:" + key)).as(key).isBetween(1L, MINUTE.toMillis());
        }
    }

    @Test
    void mget_malformedEntry_isEmpty_andDeleted() {
        cache.set("good", Event.of("1"), MINUTE);
        redis.set("cache:bad", "{{");

        assertThat(cache.mget(List.of("good", "bad"), Event.class)).containsExactly(Optional.of(Event.of("1")),
                Optional.empty());
        assertThat(redis.exists("cache:bad")).isFalse();
        assertThat(cache.stats().malformed()).isEqualTo(1);
    }

    @Test
    void seedDefect23_emptyMgetMsetAndSetHash_doNothing_insteadOfFailing() {
        assertThat(cache.mget(List.of(), Event.class)).isEmpty();
        cache.mset(Map.of(), MINUTE);
        cache.setHash("venue:1", Map.of(), MINUTE);

        assertThat(cache.exists("venue:1")).isFalse();
    }

    @Test
    void seedDefect8_setHash_replacesEveryField_andSetsTheTtl_atomically() {
        cache.setHash("venue:1", Map.of("name", "Arena", "capacity", 20_000, "stale", "old"), MINUTE);
        cache.setHash("venue:1", new Venue("123", "Hall", 300, List.of("indoor")), FIVE_SECONDS);

        assertThat(redis.hkeys("cache:venue:1")).containsExactlyInAnyOrder("id", "name", "capacity", "tags");
        assertThat(redis.pttl("cache:venue:1")).isBetween(1L, FIVE_SECONDS.toMillis());
        assertThat(cache.getHash("venue:1", Venue.class)).contains(new Venue("123", "Hall", 300, List.of("indoor")));
        assertThat(redis.hget("cache:venue:1", "id")).isEqualTo("\"123\"");
    }

    @Test
    void getHash_malformedField_isAMiss_andDeleted() {
        redis.hset("cache:venue:2", Map.of("name", "\"Hall\"", "capacity", "{oops"));

        assertThat(cache.getHash("venue:2", Venue.class)).isEmpty();
        assertThat(redis.exists("cache:venue:2")).isFalse();
        assertThat(cache.getHash("venue:missing", Venue.class)).isEmpty();
    }

    @Test
    void seedDefect19_clear_deletesOnlyTheCacheKeySpace() {
        for (int i = 0; i < 50; i++) {
            cache.set("event:" + i, Event.of("" + i), MINUTE);
        }
        Set<String> others = Set.of("session:x", "user:sessions:y", "rl:api:u1", "cachex", "other:cache:z",
                "ticketing:cache:event:1");
        others.forEach(key -> redis.set(key, "keep"));

        assertThat(cache.clear()).isEqualTo(50);

        assertThat(cache.keys("*")).isEmpty();
        others.forEach(key -> assertThat(redis.get(key)).as(key).isEqualTo("keep"));
    }

    @Test
    void clear_ofANamespacedInstance_leavesOtherNamespacesAlone() {
        cache.set("event:1", "plain", MINUTE);
        try (RedWeave ticketing = deployment.open("ticketing")) {
            cacheOf(ticketing).set("event:1", "ticketing", MINUTE);

            assertThat(cacheOf(ticketing).clear()).isEqualTo(1);
        }
        assertThat(cache.get("event:1", String.class)).contains("plain");
    }

    @Test
    void invalidate_deletesMatchingEntries_only() {
        for (int i = 0; i < 20; i++) {
            cache.set("event:" + i, "e", MINUTE);
            cache.set("venue:" + i, "v", MINUTE);
        }
        redis.set("event:1", "not a cache key");

        assertThat(cache.invalidate("event:*")).isEqualTo(20);

        assertThat(cache.keys("*")).hasSize(20).allMatch(key -> key.startsWith("venue:"));
        assertThat(redis.get("event:1")).isEqualTo("not a cache key");
    }

    @Test
    void invalidate_hostilePatterns_neverLeaveTheCacheKeySpace() {
        Set<String> others = Set.of("session:x", "user:sessions:y", "cache-lease:event:1", "Cache:z", "xcache:1",
                "ns:cache:event:1");
        others.forEach(key -> redis.set(key, "keep"));
        for (String pattern : List.of("*", "?*", "[a-z]*", "\\*", "*:*", "../*", "*session*", "\\", "[", "**")) {
            cache.set("event:1", "e", MINUTE);

            cache.invalidate(pattern);

            others.forEach(key -> assertThat(redis.get(key)).as(pattern + " kept " + key).isEqualTo("keep"));
        }
        assertThat(cache.invalidate("*")).isZero();
    }

    @Test
    void keys_returnsLogicalKeys_upToTheLimit() {
        for (int i = 0; i < 30; i++) {
            cache.set("event:" + i, "e", MINUTE);
        }

        assertThat(cache.keys("event:1*")).containsExactlyInAnyOrder("event:1", "event:10", "event:11", "event:12",
                "event:13", "event:14", "event:15", "event:16", "event:17", "event:18", "event:19");
        assertThat(cache.keys("*", 7)).hasSize(7).allMatch(key -> key.startsWith("event:"));
    }
}
