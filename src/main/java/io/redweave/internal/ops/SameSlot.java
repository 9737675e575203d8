package io.redweave.internal.ops;

import java.util.Arrays;
import java.util.List;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The early same-slot check of multi-key commands on a Redis Cluster: a command such as {@code LMOVE},
 * {@code BLMOVE}, {@code BLPOP} over several lists or {@code XREAD} over several streams can only run when all of
 * its keys hash to one slot. This check fails before any network call, with a message that names the keys, their
 * slots and the fix (a common hash tag), instead of letting Redis answer {@code CROSSSLOT} after the fact.
 *
 * <p>On a standalone server or Sentinel there are no slots, and {@link #check(UnifiedJedis, String, List)} does
 * nothing.
 */
public final class SameSlot {

    private SameSlot() {
    }

    /**
     * Checks that the keys of one command share a hash slot, when {@code client} is a cluster client.
     *
     * @param client    the client the command will run on
     * @param operation the Redis command, such as {@code LMOVE}, for the message
     * @param keys      the command's keys, none of them {@code null}
     * @throws IllegalArgumentException on a cluster, when the keys are in more than one slot
     */
    public static void check(UnifiedJedis client, String operation, String... keys) {
        check(client, operation, Arrays.asList(keys));
    }

    /**
     * Checks that the keys of one command share a hash slot, when {@code client} is a cluster client.
     *
     * @param client    the client the command will run on
     * @param operation the Redis command, such as {@code XREAD}, for the message
     * @param keys      the command's keys, none of them {@code null}
     * @throws IllegalArgumentException on a cluster, when the keys are in more than one slot
     */
    public static void check(UnifiedJedis client, String operation, List<String> keys) {
        if (client instanceof RedisClusterClient) {
            require(operation, keys);
        }
    }

    /**
     * Checks that the keys share a hash slot, whatever the deployment (the check a cluster client gets).
     *
     * @throws IllegalArgumentException when the keys are in more than one slot
     */
    public static void require(String operation, List<String> keys) {
        int first = -1;
        boolean mixed = false;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null) {
                throw new IllegalArgumentException(operation + " key " + (i + 1) + " of " + keys.size()
                        + " is null: every key must be given");
            }
            int slot = JedisClusterCRC16.getSlot(key);
            if (first < 0) {
                first = slot;
            } else if (slot != first) {
                mixed = true;
            }
        }
        if (mixed) {
            throw new IllegalArgumentException(message(operation, keys));
        }
    }

    private static String message(String operation, List<String> keys) {
        StringBuilder text = new StringBuilder(operation).append(" needs all of its keys in one hash slot on a Redis")
                .append(" Cluster, but they are in different slots (");
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            text.append(i == 0 ? "" : ", ").append('\'').append(key).append("' in slot ")
                    .append(JedisClusterCRC16.getSlot(key));
        }
        return text.append("). Give the keys a common hash tag: when a key contains '{...}', only the part between"
                + " the first '{' and the next '}' is hashed, so '{user42}:a' and '{user42}:b' share a slot."
                + " Nothing was sent to Redis.").toString();
    }
}
