/**
 * Internal: opening Jedis clients, dedicated connections for blocking commands, and the health probe.
 * Not part of the public API.
 */
package io.redweave.internal.connection;
