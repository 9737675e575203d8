/**
 * The Jedis implementations of the data-structure operations of {@link io.redweave.ops}: values go through the
 * codec with Jedis's binary commands, errors are translated once, blocking commands run on dedicated connections
 * and multi-key commands are checked for one hash slot before they are sent to a cluster.
 */
package io.redweave.internal.ops;
