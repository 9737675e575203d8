package io.redweave.internal.scan;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The {@code SCAN} cursor loop: node after node, batch after batch, on one pipelined connection per node.
 *
 * <p>Keys travel as bytes, so that a key which is not valid UTF-8 is still deleted exactly.
 */
final class ScanLoop {

    private static final Logger LOG = LoggerFactory.getLogger(ScanLoop.class);

    /** Handles the batches of a scan. */
    @FunctionalInterface
    interface BatchHandler {

        /** Handles one non-empty batch of keys found on the session's node; returns {@code false} to stop. */
        boolean handle(List<byte[]> keys, NodeSession session);
    }

    private ScanLoop() {
    }

    static void run(UnifiedJedis client, String pattern, int count, String type, BatchHandler handler) {
        ScanParams params = new ScanParams().match(pattern.getBytes(StandardCharsets.UTF_8)).count(count);
        byte[] typeName = type == null ? null : type.getBytes(StandardCharsets.UTF_8);
        List<ScanNode> nodes;
        try {
            nodes = ScanNodes.of(client);
        } catch (JedisException e) {
            throw NodeSession.failure(pattern, null, e);
        }
        for (ScanNode node : nodes) {
            if (!scanNode(client, node, pattern, params, typeName, handler)) {
                return;
            }
        }
    }

    private static boolean scanNode(UnifiedJedis client, ScanNode node, String pattern, ScanParams params,
            byte[] typeName, BatchHandler handler) {
        AbstractPipeline pipeline;
        try {
            pipeline = node.opener().get();
        } catch (JedisException e) {
            throw NodeSession.failure(pattern, node, e);
        }
        NodeSession session = new NodeSession(client, node, pipeline, pattern);
        try {
            byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
            ScanResult<byte[]> page;
            do {
                byte[] from = cursor;
                page = session.call(p -> typeName == null ? p.scan(from, params) : p.scan(from, params, typeName));
                cursor = page.getCursorAsBytes();
                if (!page.getResult().isEmpty() && !handler.handle(page.getResult(), session)) {
                    return false;
                }
            } while (!page.isCompleteIteration());
            return true;
        } finally {
            close(pipeline, node);
        }
    }

    private static void close(AbstractPipeline pipeline, ScanNode node) {
        try {
            pipeline.close();
        } catch (JedisException e) {
            LOG.debug("Could not give back the scan connection{}: {}", node.where(), e.toString());
        }
    }
}
