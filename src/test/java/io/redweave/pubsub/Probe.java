package io.redweave.pubsub;

import io.redweave.test.RedisServer;
import java.net.URI;
import redis.clients.jedis.Jedis;

/** Asks one Redis server directly, on a connection of its own, what it knows about subscribers. */
final class Probe {

    private Probe() {
    }

    static Jedis connect(RedisServer server) {
        return new Jedis(URI.create(server.uri()));
    }

    /** {@code PUBSUB NUMSUB} on that server only. */
    static long numSub(RedisServer server, String channel) {
        try (Jedis jedis = connect(server)) {
            return jedis.pubsubNumSub(channel).getOrDefault(channel, 0L);
        }
    }

    /** {@code PUBSUB NUMPAT} on that server only. */
    static long numPat(RedisServer server) {
        try (Jedis jedis = connect(server)) {
            return jedis.pubsubNumPat();
        }
    }

    /** Publishes a raw payload through that server; returns the receivers connected to it. */
    static long publishRaw(RedisServer server, String channel, String payload) {
        try (Jedis jedis = connect(server)) {
            return jedis.publish(channel, payload);
        }
    }
}
