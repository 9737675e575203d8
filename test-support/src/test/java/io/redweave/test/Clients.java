package io.redweave.test;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/** Clients of the servers under test. */
final class Clients {

    private Clients() {
    }

    static Jedis jedis(RedisServer server) {
        return new Jedis(new HostAndPort(server.host(), server.port()), Commands.config(2_000));
    }
}
