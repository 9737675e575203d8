package io.redweave.internal.scan;

import java.util.function.Supplier;
import redis.clients.jedis.AbstractPipeline;

/**
 * One node to scan: the standalone server, or a cluster master.
 *
 * @param name the node's address, or {@code null} for the standalone server
 * @param opener opens a pipeline on a connection to the node; closing the pipeline gives the connection back
 * @param clustered whether the node is a cluster master, so that multi-key commands must stay within a slot
 */
record ScanNode(String name, Supplier<AbstractPipeline> opener, boolean clustered) {

    /** Returns " on node host:port", or an empty string for the standalone server. */
    String where() {
        return name == null ? "" : " on node " + name;
    }
}
