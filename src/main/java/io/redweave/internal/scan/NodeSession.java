package io.redweave.internal.scan;

import io.redweave.RedisScanException;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The scan of one node in progress: its pipelined connection, and the translation of Redis failures into one
 * {@link RedisScanException} naming the pattern and the node.
 */
final class NodeSession {

    private final UnifiedJedis client;
    private final ScanNode node;
    private final AbstractPipeline pipeline;
    private final String pattern;

    NodeSession(UnifiedJedis client, ScanNode node, AbstractPipeline pipeline, String pattern) {
        this.client = client;
        this.node = node;
        this.pipeline = pipeline;
        this.pattern = pattern;
    }

    /** Returns the client, for a command that the client must route itself (a key moved during the scan). */
    UnifiedJedis client() {
        return client;
    }

    ScanNode node() {
        return node;
    }

    AbstractPipeline pipeline() {
        return pipeline;
    }

    /** Sends one command on the node's connection and returns its reply. */
    <T> T call(Function<AbstractPipeline, Response<T>> command) {
        return redis(() -> {
            Response<T> response = command.apply(pipeline);
            pipeline.sync();
            return response.get();
        });
    }

    /** Runs Redis work, translating a client failure into a {@link RedisScanException}. */
    <T> T redis(Supplier<T> work) {
        try {
            return work.get();
        } catch (JedisException e) {
            throw failure(pattern, node, e);
        }
    }

    static RedisScanException failure(String pattern, ScanNode node, JedisException e) {
        return new RedisScanException(pattern, "Scan of keys matching '" + pattern + "' failed"
                + (node == null ? "" : node.where()) + ": " + e.getMessage()
                + "; keys already handled stay handled, so the scan can be run again", e);
    }
}
