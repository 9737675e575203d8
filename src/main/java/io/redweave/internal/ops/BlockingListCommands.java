package io.redweave.internal.ops;

import static io.redweave.internal.ops.HashListValues.requireKey;

import io.redweave.internal.RedisErrors;
import io.redweave.internal.connection.DedicatedConnections;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.KeyValue;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The blocking list commands ({@code BLPOP}, {@code BRPOP}, {@code BLMOVE}), each run on a dedicated connection:
 * opened for the call, outside the pool, to the node that serves the (first) key, with a socket timeout of the
 * block time plus the configured timeout (none for a block time of 0, which waits until an element arrives), and
 * closed after it. Arguments are checked, and on a cluster the keys' slots, before the connection is opened.
 *
 * <p>Implementation notes: a connection per call costs one connect and handshake (well under a millisecond on a
 * local network), which is small next to a command that may wait for seconds, and it keeps nothing open between
 * calls: no pool to size or exhaust, no idle connection to break, and any number of callers can block at once
 * without taking a pooled connection from anyone. A blocked call is not interruptible: it ends when an element
 * arrives, its timeout passes or the connection breaks.
 */
final class BlockingListCommands {

    private final UnifiedJedis client;
    private final DedicatedConnections dedicated;

    BlockingListCommands(UnifiedJedis client, DedicatedConnections dedicated) {
        this.client = client;
        this.dedicated = dedicated;
    }

    /** {@code BLPOP} (from the head) or {@code BRPOP} over {@code keys}; null when the timeout passed. */
    KeyValue<byte[], byte[]> pop(String operation, List<String> keys, Duration timeout) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException(operation + " needs at least one key");
        }
        byte[][] raws = new byte[keys.size()][];
        for (int i = 0; i < raws.length; i++) {
            raws[i] = SafeEncoder.encode(requireKey("key " + (i + 1) + " of " + raws.length, keys.get(i)));
        }
        long millis = millis(timeout);
        SameSlot.check(client, operation, keys);
        double seconds = millis / 1000.0;
        boolean head = operation.equals("BLPOP");
        return run(operation, keys.get(0), String.join(", ", keys), millis,
                commands -> head ? commands.blpop(seconds, raws) : commands.brpop(seconds, raws));
    }

    /** {@code BLMOVE source destination from to timeout}; null when the timeout passed. */
    byte[] move(String source, String destination, ListDirection from, ListDirection to, Duration timeout) {
        byte[] rawSource = SafeEncoder.encode(requireKey("source", source));
        byte[] rawDestination = SafeEncoder.encode(requireKey("destination", destination));
        long millis = millis(timeout);
        SameSlot.check(client, "BLMOVE", source, destination);
        double seconds = millis / 1000.0;
        return run("BLMOVE", source, source, millis,
                commands -> commands.blmove(rawSource, rawDestination, from, to, seconds));
    }

    /**
     * The block time of a timeout, in milliseconds.
     *
     * @throws IllegalArgumentException when the timeout is null, negative or not a whole number of milliseconds
     */
    static long millis(Duration timeout) {
        if (timeout == null) {
            throw new IllegalArgumentException("timeout must not be null: give a Duration, or Duration.ZERO to wait "
                    + "until an element arrives");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout " + timeout + " is invalid: it must be positive, or zero to "
                    + "wait until an element arrives");
        }
        if (timeout.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("timeout " + timeout + " is invalid: it must be a whole number of "
                    + "milliseconds");
        }
        try {
            return timeout.toMillis();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timeout " + timeout + " is invalid: it is too long", e);
        }
    }

    /**
     * Runs {@code command} on a dedicated connection to the node serving {@code routeKey}; Jedis failures are
     * translated once, naming {@code operation} and {@code keys}.
     */
    private <T> T run(String operation, String routeKey, String keys, long blockMillis,
            Function<CommandObjects, CommandObject<T>> command) {
        Connection connection;
        try {
            connection = dedicated.open(routeKey, blockMillis);
        } catch (JedisException e) {
            throw RedisErrors.translate(operation, keys, e);
        }
        try (Connection blocking = connection) {
            RedisProtocol protocol = Objects.requireNonNullElse(blocking.getRedisProtocol(), RedisProtocol.RESP2);
            return blocking.executeCommand(command.apply(new CommandObjects(protocol)));
        } catch (JedisException e) {
            throw RedisErrors.translate(operation, keys, e);
        }
    }
}
