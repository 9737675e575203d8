package io.redweave.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.RedisConfig;
import io.redweave.test.RedisServer;
import io.redweave.test.RedisTest;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The list operations, blocking ones included, on one real Redis server. */
@RedisTest
class ListStandaloneTest extends ListBlockingContract {
    private final RedisServer server;

    ListStandaloneTest(RedisServer server) {
        this.server = server;
    }

    @Override
    RedisConfig.Builder configBuilder() {
        return RedisConfig.builder().url(server.uri());
    }

    @Override
    void flushAll() {
        server.flushAll();
    }

    @Test
    void keysInDifferentSlots_needNoHashTag_withoutACluster() {
        assertThat(JedisClusterCRC16.getSlot("queue:a")).isNotEqualTo(JedisClusterCRC16.getSlot("queue:b"));
        lists.rpush("queue:a", T1);

        assertThat(lists.rpoplpush("queue:a", "queue:b", Ticket.class)).contains(T1);
        assertThat(lists.lrange("queue:b", 0, -1, Ticket.class)).containsExactly(T1);
    }
}
