package io.redweave.internal.session;

import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * Commands on many single-key sessions in one pipelined round trip: the client's pipeline routes each command to
 * the node of its key's slot, so no command spans slots.
 *
 * <p>A pipelined {@code EVALSHA} that a node answers with {@code NOSCRIPT} (after a restart or a failover), or
 * with a redirection (a slot that moved), is sent again on its own through the {@link ScriptRunner}, which falls
 * back to {@code EVAL} and follows the new slot owner.
 */
final class Pipelines {

    private final UnifiedJedis client;
    private final ScriptRunner scripts;

    Pipelines(UnifiedJedis client, ScriptRunner scripts) {
        this.client = client;
        this.scripts = scripts;
    }

    /**
     * {@code HGETALL} of every key, in order: an empty map for a missing key, {@code null} for a key that holds
     * another type ({@code WRONGTYPE}).
     */
    List<Map<String, String>> readAll(String operation, List<String> keys) {
        return RedisErrors.call(operation, keys.get(0), () -> {
            List<Response<Map<String, String>>> replies = new ArrayList<>(keys.size());
            try (AbstractPipeline pipeline = client.pipelined()) {
                for (String key : keys) {
                    replies.add(pipeline.hgetAll(key));
                }
                pipeline.sync();
            }
            List<Map<String, String>> hashes = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                try {
                    hashes.add(replies.get(i).get());
                } catch (JedisRedirectionException moved) {
                    hashes.add(readOne(keys.get(i)));
                } catch (JedisDataException wrongType) {
                    hashes.add(null);
                }
            }
            return hashes;
        });
    }

    /** {@code HGETALL} of one key; {@code null} when it holds another type. */
    Map<String, String> readOne(String key) {
        try {
            return client.hgetAll(key);
        } catch (JedisDataException e) {
            if (e instanceof JedisRedirectionException || e.getMessage() == null
                    || !e.getMessage().startsWith("WRONGTYPE")) {
                throw e;
            }
            return null;
        }
    }

    /**
     * Runs one script once per key, with that key's arguments; returns the replies in order. Calls that a node
     * answered with {@code NOSCRIPT} are sent again together, with the source ({@code EVAL}), in one more round trip.
     */
    List<Object> runEach(LuaScript script, List<String> keys, List<List<String>> args) {
        if (keys.size() == 1) {
            return List.of(scripts.run(script, keys, args.get(0)));
        }
        List<Response<Object>> replies = send(script, keys, args, false);
        List<Object> results = new ArrayList<>(keys.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            results.add(outcome(script, keys.get(i), args.get(i), replies.get(i), missing, i));
        }
        if (!missing.isEmpty()) {
            List<String> missingKeys = new ArrayList<>(missing.size());
            List<List<String>> missingArgs = new ArrayList<>(missing.size());
            for (int i : missing) {
                missingKeys.add(keys.get(i));
                missingArgs.add(args.get(i));
            }
            List<Response<Object>> again = send(script, missingKeys, missingArgs, true);
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                results.set(i, outcome(script, keys.get(i), args.get(i), again.get(j), null, i));
            }
        }
        return results;
    }

    private List<Response<Object>> send(LuaScript script, List<String> keys, List<List<String>> args,
            boolean withSource) {
        List<Response<Object>> replies = new ArrayList<>(keys.size());
        RedisErrors.run("script:" + script.name(), keys.get(0), () -> {
            try (AbstractPipeline pipeline = client.pipelined()) {
                for (int i = 0; i < keys.size(); i++) {
                    List<String> key = List.of(keys.get(i));
                    replies.add(withSource ? pipeline.eval(script.source(), key, args.get(i))
                            : pipeline.evalsha(script.sha1(), key, args.get(i)));
                }
                pipeline.sync();
            }
        });
        return replies;
    }

    /**
     * The reply of one pipelined call; a {@code NOSCRIPT} is noted in {@code missing} (when given) for a second
     * pass, and a moved slot or any other failure is sent again on its own, through the runner.
     */
    private Object outcome(LuaScript script, String key, List<String> args, Response<Object> reply,
            List<Integer> missing, int index) {
        try {
            return reply.get();
        } catch (JedisDataException e) {
            if (missing != null && e.getMessage() != null && e.getMessage().startsWith("NOSCRIPT")) {
                missing.add(index);
                return null;
            }
            return scripts.run(script, List.of(key), args);
        } catch (JedisException e) {
            throw RedisErrors.translate("script:" + script.name(), key, e);
        }
    }
}
