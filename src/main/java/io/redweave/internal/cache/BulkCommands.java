package io.redweave.internal.cache;

import io.redweave.internal.RedisErrors;
import io.redweave.internal.script.LuaScript;
import io.redweave.internal.script.ScriptRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * {@code mget} and {@code mset} of many entries, split per hash slot on a cluster so that nothing raises
 * {@code CROSSSLOT}.
 *
 * <p>On a standalone or Sentinel server everything is one command ({@code MGET}) or one script. On a cluster the
 * keys are grouped by slot, and the groups sent in one pipeline, which takes one round trip per node. A group
 * whose slot moved meanwhile ({@code MOVED}/{@code ASK}), or whose node does not know the script yet
 * ({@code NOSCRIPT}), is sent again on its own through the client or the script runner.
 */
final class BulkCommands {
    private static final LuaScript MSET = LuaScript.fromResource("cache-mset");
    private static final byte[] SHA = MSET.sha1().getBytes(StandardCharsets.US_ASCII);

    private final UnifiedJedis client;
    private final ScriptRunner scripts;
    private final boolean clustered;

    BulkCommands(UnifiedJedis client, ScriptRunner scripts, boolean clustered) {
        this.client = client;
        this.scripts = scripts;
        this.clustered = clustered;
    }

    /** The payloads at {@code keys}, in their order; {@code null} where there is none. */
    List<byte[]> mget(List<byte[]> keys) {
        List<int[]> groups = groups(keys);
        if (groups.size() == 1) {
            return RedisErrors.call("cache.mget", null, () -> client.mget(keys.toArray(new byte[0][])));
        }
        byte[][] payloads = new byte[keys.size()][];
        RedisErrors.run("cache.mget", null, () -> {
            try (AbstractPipeline pipeline = client.pipelined()) {
                List<Response<List<byte[]>>> replies = new ArrayList<>(groups.size());
                for (int[] group : groups) {
                    replies.add(pipeline.mget(select(keys, group)));
                }
                pipeline.sync();
                for (int g = 0; g < groups.size(); g++) {
                    List<byte[]> values;
                    try {
                        values = replies.get(g).get();
                    } catch (JedisRedirectionException moved) {
                        values = client.mget(select(keys, groups.get(g)));
                    }
                    int[] group = groups.get(g);
                    for (int i = 0; i < group.length; i++) {
                        payloads[group[i]] = values.get(i);
                    }
                }
            }
        });
        return Arrays.asList(payloads);
    }

    /** Stores every payload at its key with the TTL ({@code 0}: none), one script per hash slot. */
    void mset(List<byte[]> keys, List<byte[]> payloads, long millis) {
        byte[] ttl = Long.toString(millis).getBytes(StandardCharsets.US_ASCII);
        List<int[]> groups = groups(keys);
        if (groups.size() == 1) {
            scripts.runBinary(MSET, keys, arguments(ttl, payloads, groups.get(0)));
            return;
        }
        List<Integer> retry = new ArrayList<>();
        RedisErrors.run("cache.mset", null, () -> {
            try (AbstractPipeline pipeline = client.pipelined()) {
                List<Response<Object>> replies = new ArrayList<>(groups.size());
                for (int[] group : groups) {
                    replies.add(pipeline.evalsha(SHA, Arrays.asList(select(keys, group)),
                            arguments(ttl, payloads, group)));
                }
                pipeline.sync();
                for (int g = 0; g < groups.size(); g++) {
                    try {
                        replies.get(g).get();
                    } catch (JedisDataException e) {
                        if (!(e instanceof JedisRedirectionException) && !isNoScript(e)) {
                            throw e;
                        }
                        retry.add(g);
                    }
                }
            }
        });
        for (int g : retry) {
            scripts.runBinary(MSET, Arrays.asList(select(keys, groups.get(g))),
                    arguments(ttl, payloads, groups.get(g)));
        }
    }

    /** The indexes of the keys, grouped by hash slot on a cluster; one group otherwise. */
    private List<int[]> groups(List<byte[]> keys) {
        if (!clustered) {
            int[] all = new int[keys.size()];
            Arrays.setAll(all, i -> i);
            return List.of(all);
        }
        Map<Integer, List<Integer>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            bySlot.computeIfAbsent(JedisClusterCRC16.getSlot(keys.get(i)), slot -> new ArrayList<>()).add(i);
        }
        List<int[]> groups = new ArrayList<>(bySlot.size());
        for (List<Integer> group : bySlot.values()) {
            groups.add(group.stream().mapToInt(Integer::intValue).toArray());
        }
        return groups;
    }

    private static byte[][] select(List<byte[]> values, int[] group) {
        byte[][] selected = new byte[group.length][];
        for (int i = 0; i < group.length; i++) {
            selected[i] = values.get(group[i]);
        }
        return selected;
    }

    private static List<byte[]> arguments(byte[] ttl, List<byte[]> payloads, int[] group) {
        List<byte[]> args = new ArrayList<>(group.length + 1);
        args.add(ttl);
        for (int index : group) {
            args.add(payloads.get(index));
        }
        return args;
    }

    private static boolean isNoScript(JedisDataException e) {
        return e.getMessage() != null && e.getMessage().startsWith("NOSCRIPT");
    }
}
