package io.redweave.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.scan.JedisScanner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * The behaviour every {@link Scanner} shows, against a real server; each deployment (standalone, cluster) runs it
 * by subclassing.
 */
abstract class ScannerContract {

    /** The client of the deployment under test. */
    abstract UnifiedJedis client();

    /** Empties the deployment. */
    abstract void flushAll();

    Scanner scanner() {
        return new JedisScanner(client());
    }

    @BeforeEach
    void startEmpty() {
        flushAll();
    }

    @Test
    void scanKeys_findsEveryMatchingKey_once() {
        Set<String> expected = write("user:", 2_500);
        write("order:", 500);

        List<String> found = scanner().withCount(50).scanKeys("user:*", 10_000);

        assertThat(found).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void scanKeys_honoursTheLimit_withDistinctMatchingKeys() {
        Set<String> expected = write("user:", 500);

        List<String> found = scanner().withCount(100).scanKeys("user:*", 37);

        assertThat(found).hasSize(37).doesNotHaveDuplicates().allMatch(expected::contains);
    }

    @Test
    void scan_handsEveryMatchingKeyOver_inNonEmptyBatches() {
        Set<String> expected = write("user:", 1_000);
        write("other:", 100);
        Set<String> found = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();

        scanner().withCount(20).scan("user:*", batch -> {
            sizes.add(batch.size());
            found.addAll(batch);
        });

        assertThat(found).isEqualTo(expected);
        assertThat(sizes).hasSizeGreaterThan(1).allMatch(size -> size > 0);
    }

    @Test
    void scan_exceptionFromTheConsumer_propagatesAsIs() {
        write("user:", 10);
        IllegalStateException thrown = new IllegalStateException("the caller's own failure");

        assertThatThrownBy(() -> scanner().scan("user:*", batch -> {
            throw thrown;
        })).isSameAs(thrown);
        assertThat(scanner().scanCount("user:*")).isEqualTo(10);
    }

    @Test
    void scanAndDelete_removesExactlyTheMatches() {
        Set<String> doomed = write("cache:user:", 300);
        Set<String> survivors =
                Set.of("cache:user", "cache:users:1", "cache:userX", "cachexuser:1", "other:cache:user:1");
        survivors.forEach(key -> client().set(key, "v"));

        long removed = scanner().withCount(25).scanAndDelete("cache:user:*");

        assertThat(removed).isEqualTo(doomed.size());
        assertThat(doomed).noneMatch(client()::exists);
        assertThat(survivors).allMatch(client()::exists);
    }

    @Test
    void scanAndDelete_escapedGlobCharacter_removesOnlyTheLiteralKey() {
        List<String> keys = List.of("tag:a*b", "tag:axb", "tag:a?b", "tag:ab", "tag:a[b", "tag:a\\b");
        keys.forEach(key -> client().set(key, "v"));

        assertThat(scanner().scanAndDelete("tag:a\\*b")).isEqualTo(1);
        assertThat(scanner().scanAndDelete("tag:a\\?b")).isEqualTo(1);
        assertThat(scanner().scanAndDelete("tag:a\\[b")).isEqualTo(1);

        assertThat(keys.stream().filter(client()::exists))
                .containsExactlyInAnyOrder("tag:axb", "tag:ab", "tag:a\\b");
    }

    @Test
    void scanAndDelete_twentyThousandKeys_completes() {
        write("bulk:", 20_000);
        client().set("keep:me", "v");

        assertThat(scanner().scanAndDelete("bulk:*")).isEqualTo(20_000);
        assertThat(scanner().scanCount("bulk:*")).isZero();
        assertThat(client().exists("keep:me")).isTrue();
    }

    @Test
    void scanCount_countsEachMatchingKeyOnce() {
        write("session:", 1_234);
        write("sessions:", 10);

        assertThat(scanner().withCount(10).scanCount("session:*")).isEqualTo(1_234);
        assertThat(scanner().scanCount("nothing:*")).isZero();
    }

    @Test
    void scanKeyInfo_reportsTypeAndTimeToLive() {
        client().set("info:string", "v", SetParams.setParams().ex(100));
        client().hset("info:hash", "f", "v");
        client().rpush("info:list", "a");
        client().sadd("info:set", "a");
        client().zadd("info:zset", 1, "a");
        client().pexpire("info:zset", 5_000);

        Map<String, KeyInfo> infos = scanner().scanKeyInfo("info:*", 100).stream()
                .collect(Collectors.toMap(KeyInfo::key, info -> info));

        assertThat(infos).hasSize(5);
        assertThat(infos.get("info:string").type()).isEqualTo("string");
        assertThat(infos.get("info:string").ttl()).hasValueSatisfying(ttl ->
                assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(100)));
        assertThat(infos.get("info:hash").type()).isEqualTo("hash");
        assertThat(infos.get("info:hash").expires()).isFalse();
        assertThat(infos.get("info:list").type()).isEqualTo("list");
        assertThat(infos.get("info:set").type()).isEqualTo("set");
        assertThat(infos.get("info:zset").type()).isEqualTo("zset");
        assertThat(infos.get("info:zset").ttl()).hasValueSatisfying(ttl ->
                assertThat(ttl).isGreaterThan(Duration.ofSeconds(1)).isLessThanOrEqualTo(Duration.ofSeconds(5)));
    }

    @Test
    void scanKeyInfo_honoursTheLimit() {
        write("info:", 300);

        List<KeyInfo> infos = scanner().withCount(50).scanKeyInfo("info:*", 120);

        assertThat(infos).hasSize(120);
        assertThat(infos.stream().map(KeyInfo::key)).doesNotHaveDuplicates();
        assertThat(infos).allMatch(info -> info.type().equals("string") && !info.expires());
    }

    @Test
    void scanWithFilter_returnsAcceptedKeys_upToTheLimit() {
        write("user:", 400);

        List<String> even = scanner().scanWithFilter("user:*", key -> key.endsWith("0"), 1_000);
        List<String> few = scanner().scanWithFilter("user:*", key -> key.endsWith("0"), 7);

        assertThat(even).hasSize(40).doesNotHaveDuplicates().allMatch(key -> key.endsWith("0"));
        assertThat(few).hasSize(7).allMatch(even::contains);
    }

    @Test
    void withType_findsOnlyKeysOfThatType() {
        write("mixed:s", 20);
        IntStream.range(0, 15).forEach(i -> client().hset("mixed:h" + i, "f", "v"));

        assertThat(scanner().withType("hash").scanKeys("mixed:*", 100))
                .hasSize(15).allMatch(key -> key.startsWith("mixed:h"));
        assertThat(scanner().withType("string").scanCount("mixed:*")).isEqualTo(20);
    }

    @Test
    void invalidArguments_areRejectedWithAClearMessage() {
        assertThatThrownBy(() -> scanner().scanKeys("a*", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> scanner().scanCount("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> scanner().withCount(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scanner().withType(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Writes {@code count} string keys named {@code prefix + i} with one pipelined round trip per node. */
    Set<String> write(String prefix, int count) {
        Set<String> keys = new HashSet<>();
        try (AbstractPipeline pipeline = client().pipelined()) {
            for (int i = 0; i < count; i++) {
                String key = prefix + i;
                pipeline.set(key, "v");
                keys.add(key);
            }
        }
        return keys;
    }
}
