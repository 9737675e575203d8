package io.redweave.internal.script;

import io.redweave.RedisConnectionException;
import io.redweave.RedisOperationException;
import io.redweave.internal.RedisErrors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The runner of {@link LuaScript}s: it sends each with {@code EVALSHA}, and with {@code EVAL} when the server does
 * not have the script.
 *
 * <p>A server forgets its scripts on {@code SCRIPT FLUSH}, on a restart and on a failover to a replica that never
 * saw them; it then answers {@code NOSCRIPT}. The runner then sends the call once more as {@code EVAL} with the
 * source, which runs the script and caches it on that node, so the next {@code EVALSHA} there succeeds. No
 * {@code SCRIPT LOAD} is needed, and in a cluster the script is cached on exactly the nodes that run it.
 *
 * <p>Keys go in {@code KEYS}: in a cluster the call is routed to the node that owns the first key's slot, so
 * every key a script touches must hash to that slot (see the package documentation).
 *
 * <p>Errors are translated once: a broken or unreachable connection (or an exhausted pool) becomes a
 * {@link RedisConnectionException}; anything else, such as an error raised by the script, a {@code WRONGTYPE} or
 * a {@code CROSSSLOT}, becomes a {@link RedisOperationException} whose operation is {@code script:<name>} and
 * whose key is the first key. The runner holds no connection and is thread-safe.
 */
public final class ScriptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);

    private final UnifiedJedis client;

    /** Creates a runner over a client: standalone, Sentinel or Cluster. */
    public ScriptRunner(UnifiedJedis client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Runs a script with string keys and arguments, and returns its reply as Jedis decodes it: a {@code Long} for
     * an integer, a {@code String} for a status or bulk reply, a {@code List} for an array, {@code null} for nil.
     */
    public Object run(LuaScript script, List<String> keys, List<String> args) {
        checkArguments(script, keys, args);
        String firstKey = keys.isEmpty() ? null : keys.get(0);
        return execute(script, firstKey,
                () -> client.evalsha(script.sha1(), keys, args),
                () -> client.eval(script.source(), keys, args));
    }

    /**
     * Runs a script with binary keys and arguments, and returns its reply undecoded: bulk replies stay
     * {@code byte[]}.
     */
    public Object runBinary(LuaScript script, List<byte[]> keys, List<byte[]> args) {
        checkArguments(script, keys, args);
        String firstKey = keys.isEmpty() ? null : new String(keys.get(0), StandardCharsets.UTF_8);
        byte[] sha1 = script.sha1().getBytes(StandardCharsets.US_ASCII);
        byte[] source = script.source().getBytes(StandardCharsets.UTF_8);
        return execute(script, firstKey,
                () -> client.evalsha(sha1, keys, args),
                () -> client.eval(source, keys, args));
    }

    private static Object execute(LuaScript script, String firstKey,
            Supplier<Object> bySha, Supplier<Object> bySource) {
        try {
            try {
                return bySha.get();
            } catch (JedisDataException e) {
                if (!isNoScript(e)) {
                    throw e;
                }
                LOG.debug("Script '{}' ({}) is not cached on the server for key '{}'; sending it with EVAL",
                        script.name(), script.sha1(), firstKey);
                return bySource.get();
            }
        } catch (JedisException e) {
            throw RedisErrors.translate("script:" + script.name(), firstKey, e);
        }
    }

    private static boolean isNoScript(JedisDataException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("NOSCRIPT");
    }

    private static void checkArguments(LuaScript script, List<?> keys, List<?> args) {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(args, "args");
        for (List<?> values : List.of(keys, args)) {
            for (Object value : values) {
                if (value == null) {
                    throw new IllegalArgumentException("Script '" + script.name() + "' got a null key or argument");
                }
            }
        }
    }
}
