package io.redweave.test;

import java.util.Optional;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisException;

/** Short-lived Jedis connections for setup and probing, and reading of {@code INFO} fields. */
final class Commands {

    private static final int PROBE_TIMEOUT_MILLIS = 500;
    private static final int COMMAND_TIMEOUT_MILLIS = 5_000;

    private Commands() {
    }

    /** A new connection to a loopback server for setup commands; the caller closes it. */
    static Jedis connect(int port) {
        return new Jedis(new HostAndPort(PortAllocator.HOST, port), config(COMMAND_TIMEOUT_MILLIS));
    }

    /** Client settings with both timeouts, speaking RESP2 without negotiation (Jedis warns otherwise). */
    static JedisClientConfig config(int timeoutMillis) {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .autoNegotiateProtocol(false)
                .clientName("redweave-test")
                .build();
    }

    /**
     * The {@code process_id} of the server answering on a loopback port, or empty if nothing answers
     * {@code PING} there right now.
     */
    static Optional<Long> answeringPid(int port) {
        try (Jedis jedis = new Jedis(new HostAndPort(PortAllocator.HOST, port), config(PROBE_TIMEOUT_MILLIS))) {
            if (!"PONG".equals(jedis.ping())) {
                return Optional.empty();
            }
            return infoField(jedis.info("server"), "process_id").map(Long::parseLong);
        } catch (JedisException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The value of {@code field} in the text of an {@code INFO} reply. */
    static Optional<String> infoField(String info, String field) {
        String prefix = field + ":";
        return info.lines().filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).trim()).findFirst();
    }
}
