package io.redweave.internal.pubsub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * {@code PUBLISH} and the {@code PUBSUB} queries, on the pooled client.
 *
 * <p>Implementation notes: in a cluster, {@code PUBLISH} goes once to the node serving the channel's hash slot
 * (any node broadcasts it to the whole cluster), outside the cluster client's retries, which could publish a
 * message twice when a connection breaks after sending it. {@code PUBSUB NUMSUB} and {@code PUBSUB CHANNELS}
 * only see the node they run on, so they run on every node the client knows, masters and replicas, and the
 * answers are added up.
 */
final class PubSubCommands {
    private final UnifiedJedis client;

    PubSubCommands(UnifiedJedis client) {
        this.client = client;
    }

    long publish(String channel, byte[] payload) {
        CommandObject<Long> publish = new CommandObject<>(new CommandArguments(Protocol.Command.PUBLISH)
                .add(Wire.bytes(channel)).add(payload), BuilderFactory.LONG);
        try {
            if (client instanceof RedisClusterClient) {
                try (Connection node = ((RedisClusterClient) client)
                        .getConnectionFromSlot(JedisClusterCRC16.getSlot(channel))) {
                    return node.executeCommand(publish);
                }
            }
            return client.executeCommand(publish);
        } catch (JedisException e) {
            throw Failures.failed("PUBLISH", "PUBLISH to channel '" + channel + "'", channel, e);
        }
    }

    long numSubscribers(String channel) {
        CommandObject<Map<String, Long>> numsub = new CommandObject<>(new CommandArguments(Protocol.Command.PUBSUB)
                .add(Protocol.Keyword.NUMSUB).add(channel), BuilderFactory.PUBSUB_NUMSUB_MAP);
        String what = "PUBSUB NUMSUB of channel '" + channel + "'";
        return onEveryNode(numsub, what, channel, counts -> counts.getOrDefault(channel, 0L))
                .stream().mapToLong(Long::longValue).sum();
    }

    Set<String> channels(String pattern) {
        CommandArguments arguments = new CommandArguments(Protocol.Command.PUBSUB).add(Protocol.Keyword.CHANNELS);
        if (pattern != null) {
            arguments.add(pattern);
        }
        CommandObject<List<String>> channels = new CommandObject<>(arguments, BuilderFactory.STRING_LIST);
        String what = "PUBSUB CHANNELS" + (pattern == null ? "" : " matching '" + pattern + "'");
        Set<String> all = new TreeSet<>();
        onEveryNode(channels, what, pattern, names -> names).forEach(all::addAll);
        return Collections.unmodifiableSet(all);
    }

    private <R, T> List<T> onEveryNode(CommandObject<R> command, String what, String channel,
            Function<R, T> answer) {
        if (!(client instanceof RedisClusterClient)) {
            try {
                return List.of(answer.apply(client.executeCommand(command)));
            } catch (JedisException e) {
                throw Failures.failed("PUBSUB", what, channel, e);
            }
        }
        Map<String, ConnectionPool> nodes = ((RedisClusterClient) client).getClusterNodes();
        List<T> answers = new ArrayList<>(nodes.size());
        for (Map.Entry<String, ConnectionPool> node : nodes.entrySet()) {
            try (Connection connection = node.getValue().getResource()) {
                answers.add(answer.apply(connection.executeCommand(command)));
            } catch (JedisException e) {
                throw Failures.failed("PUBSUB", what + " on cluster node " + node.getKey(), channel, e);
            }
        }
        return answers;
    }
}
