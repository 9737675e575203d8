/**
 * The Jedis implementation of {@link io.redweave.scan.Scanner}: a {@code SCAN} cursor loop per node, on one
 * pipelined connection per node, over the standalone server or every master of a cluster.
 */
package io.redweave.internal.scan;
