package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.internal.ops.SameSlot;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The early same-slot check of multi-key commands; {@link ListClusterTest} shows it on a real cluster client.
 */
class SameSlotTest {

    @Test
    void keysOfOneSlot_pass() {
        SameSlot.require("LMOVE", List.of("{user42}:a", "{user42}:b", "{user42}:c"));
        SameSlot.require("LMOVE", List.of("queue:a", "queue:a"));
        SameSlot.require("BLPOP", List.of("queue:a"));
        SameSlot.require("XREAD", List.of());
    }

    @Test
    void keysOfDifferentSlots_fail_namingEveryKeyItsSlotAndTheFix() {
        int a = JedisClusterCRC16.getSlot("queue:a");
        int b = JedisClusterCRC16.getSlot("queue:b");

        assertThatThrownBy(() -> SameSlot.require("LMOVE", List.of("queue:a", "queue:b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LMOVE needs all of its keys in one hash slot on a Redis Cluster, but they are in "
                        + "different slots ('queue:a' in slot " + a + ", 'queue:b' in slot " + b + "). Give the keys "
                        + "a common hash tag: when a key contains '{...}', only the part between the first '{' and "
                        + "the next '}' is hashed, so '{user42}:a' and '{user42}:b' share a slot. Nothing was sent "
                        + "to Redis.");
    }

    @Test
    void aNullKey_isNamedByItsPosition() {
        assertThatThrownBy(() -> SameSlot.require("BLPOP", Arrays.asList("queue:a", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("BLPOP key 2 of 2 is null: every key must "
                        + "be given");
    }

    @Test
    void aClientThatIsNoClusterClient_isNotChecked() {
        try (RedisClient standalone = RedisClient.builder().hostAndPort("127.0.0.1", 1).build()) {
            SameSlot.check(standalone, "LMOVE", "queue:a", "queue:b");
        }
        assertThat(JedisClusterCRC16.getSlot("queue:a")).isNotEqualTo(JedisClusterCRC16.getSlot("queue:b"));
    }
}
