package io.redweave.internal.scan;

import io.redweave.scan.KeyInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The commands a scan sends for a batch of keys, pipelined on the node's connection: {@code UNLINK}, and
 * {@code TYPE} with {@code PTTL}.
 *
 * <p>On a cluster master the keys of one {@code UNLINK} share a hash slot, so no command raises
 * {@code CROSSSLOT}. A key whose slot moved to another node during the scan ({@code MOVED} or {@code ASK}) is
 * sent again through the client, which routes it to its new owner.
 */
final class BatchCommands {

    private static final byte[][] NO_KEYS = new byte[0][];

    private BatchCommands() {
    }

    /** Unlinks the keys and returns how many existed. */
    static long unlink(List<byte[]> keys, NodeSession session) {
        if (!session.node().clustered()) {
            return session.call(p -> p.unlink(keys.toArray(NO_KEYS)));
        }
        List<byte[][]> groups = bySlot(keys);
        return session.redis(() -> {
            AbstractPipeline pipeline = session.pipeline();
            List<Response<Long>> replies = new ArrayList<>(groups.size());
            for (byte[][] group : groups) {
                replies.add(pipeline.unlink(group));
            }
            pipeline.sync();
            long removed = 0;
            for (int i = 0; i < groups.size(); i++) {
                try {
                    removed += replies.get(i).get();
                } catch (JedisRedirectionException moved) {
                    removed += session.client().unlink(groups.get(i));
                }
            }
            return removed;
        });
    }

    /** Returns the type and time to live of each key that still exists. */
    static List<KeyInfo> inspect(List<byte[]> keys, NodeSession session) {
        return session.redis(() -> {
            AbstractPipeline pipeline = session.pipeline();
            List<Response<String>> types = new ArrayList<>(keys.size());
            List<Response<Long>> ttls = new ArrayList<>(keys.size());
            for (byte[] key : keys) {
                types.add(pipeline.type(key));
                ttls.add(pipeline.pttl(key));
            }
            pipeline.sync();
            List<KeyInfo> infos = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                byte[] key = keys.get(i);
                String type;
                long ttl;
                try {
                    type = types.get(i).get();
                    ttl = ttls.get(i).get();
                } catch (JedisRedirectionException moved) {
                    type = session.client().type(key);
                    ttl = session.client().pttl(key);
                }
                if (!"none".equals(type) && ttl != -2) {
                    Optional<Duration> expiry = ttl < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ttl));
                    infos.add(new KeyInfo(new String(key, StandardCharsets.UTF_8), type, expiry));
                }
            }
            return infos;
        });
    }

    private static List<byte[][]> bySlot(List<byte[]> keys) {
        Map<Integer, List<byte[]>> groups = new LinkedHashMap<>();
        for (byte[] key : keys) {
            groups.computeIfAbsent(JedisClusterCRC16.getSlot(key), slot -> new ArrayList<>(1)).add(key);
        }
        List<byte[][]> arrays = new ArrayList<>(groups.size());
        for (List<byte[]> group : groups.values()) {
            arrays.add(group.toArray(NO_KEYS));
        }
        return arrays;
    }
}
